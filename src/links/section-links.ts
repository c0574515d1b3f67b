/** The links a reader can copy for a section, in the order the menu offers them. */
export const linkFormats = ['en', 'zh', 'compare', 'neutral', 'markdown'] as const;
export type LinkFormat = (typeof linkFormats)[number];

export interface SkillLinks {
	/** The site's absolute URL, such as `https://skills.example.com`. */
	site: string;
	/** Paths of the skill's views, with the base: its English and Chinese pages, the compare view
	 * (in the current interface language) and the language-neutral link. */
	paths: Record<'en' | 'zh' | 'compare' | 'neutral', string>;
	/** The view the reader is on: `en`, `zh` or `compare`. */
	current: 'en' | 'zh' | 'compare';
	/** The skill's title in the page's language. */
	skillTitle: string;
}

/**
 * Every link to one section: absolute URLs of it on each view, and a Markdown link to it on the
 * view the reader is on, titled `Section — Skill` in the page's language.
 * @example
 * sectionLinks(links, 'capabilities', '能力范围').markdown
 * // => '[能力范围 — MLOps工程师](https://skills.example.com/zh-cn/skills/mlops-engineer/#capabilities)'
 */
export function sectionLinks(
	{ site, paths, current, skillTitle }: SkillLinks,
	id: string,
	sectionTitle: string
): Record<LinkFormat, string> {
	const url = (path: string) => `${site.replace(/\/+$/, '')}${path}#${encodeURIComponent(id)}`;
	const label = `${sectionTitle} — ${skillTitle}`.replace(/[[\]\\]/g, '\\$&');
	return {
		en: url(paths.en),
		zh: url(paths.zh),
		compare: url(paths.compare),
		neutral: url(paths.neutral),
		markdown: `[${label}](${url(paths[current])})`,
	};
}
