import { languages, type LanguageKey } from '../i18n/languages';

/**
 * A site path in one language, with Astro's `base` in front.
 * @example
 * localizedPath('/skills/x/', 'zh') // => '/zh-cn/skills/x/'
 * localizedPath('/skills/x/', 'en', '/docs/') // => '/docs/skills/x/'
 */
export function localizedPath(path: string, key: LanguageKey, base = '/'): string {
	return base.replace(/\/+$/, '') + languages[key].prefix + path;
}

/**
 * The path of a skill's page in one language.
 * @example
 * skillPath('mlops-engineer', 'zh') // => '/zh-cn/skills/mlops-engineer/'
 */
export function skillPath(name: string, key: LanguageKey, base = '/'): string {
	return localizedPath(`/skills/${name}/`, key, base);
}
