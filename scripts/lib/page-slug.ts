/**
 * A page's path as a file name, so that the screenshots and Lighthouse reports of one page are
 * named alike and sort together.
 * @example
 * pageSlug('/zh-cn/skills/mlops-engineer/') // => 'zh-cn_skills_mlops-engineer'
 * pageSlug('/') // => 'home'
 */
export function pageSlug(path: string): string {
	return path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
}
