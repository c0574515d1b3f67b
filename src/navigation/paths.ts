import { languageKeys, languages, type LanguageKey } from '../i18n/languages';

/**
 * A site path in one language, with Astro's `base` in front.
 * @example
 * localizedPath('/skills/x/', 'zh') // => '/zh-cn/skills/x/'
 * localizedPath('/skills/x/', 'en', '/docs/') // => '/docs/skills/x/'
 */
export function localizedPath(path: string, key: LanguageKey, base = '/'): string {
	return base.replace(/\/+$/, '') + languages[key].prefix + path;
}

/** The two ways to read a skill: one language's page, or both side by side. */
export type SkillView = 'page' | 'compare';

/**
 * The path of a skill's page in one language, or of its compare view with that interface language.
 * @example
 * skillPath('mlops-engineer', 'zh') // => '/zh-cn/skills/mlops-engineer/'
 * skillPath('mlops-engineer', 'en', '/', 'compare') // => '/skills/mlops-engineer/compare/'
 */
export function skillPath(name: string, key: LanguageKey, base = '/', view: SkillView = 'page') {
	return localizedPath(`/skills/${name}/${view === 'compare' ? 'compare/' : ''}`, key, base);
}

export interface SkillLocation {
	name: string;
	key: LanguageKey;
	view: SkillView;
}

/**
 * Which skill page a path is, if any.
 * @example
 * matchSkillPath('/zh-cn/skills/mlops-engineer/compare/') // => { name: 'mlops-engineer', key: 'zh', view: 'compare' }
 * matchSkillPath('/zh-cn/') // => undefined
 */
export function matchSkillPath(pathname: string, base = '/'): SkillLocation | undefined {
	const path = pathname.slice(base.replace(/\/+$/, '').length);
	for (const key of languageKeys) {
		const prefix = `${languages[key].prefix}/skills/`;
		if (!path.startsWith(prefix)) continue;
		const match = /^([a-z0-9-]+)\/(compare\/?)?$/.exec(path.slice(prefix.length));
		if (match) return { name: match[1]!, key, view: match[2] ? 'compare' : 'page' };
	}
	return undefined;
}

/**
 * The language-neutral link to a skill: it opens in the reader's language.
 * @example
 * neutralPath('mlops-engineer') // => '/go/mlops-engineer/'
 */
export function neutralPath(name: string, base = '/'): string {
	return `${base.replace(/\/+$/, '')}/go/${name}/`;
}
