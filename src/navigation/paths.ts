import { languageKeys, languages, type LanguageKey } from '../i18n/languages';
import type { SkillView } from './skill-route';

/**
 * A site path with Astro's `base` in front (`import.meta.env.BASE_URL`, with or without its
 * trailing slash).
 * @example
 * withBase('/go/x/', '/docs/') // => '/docs/go/x/'
 * withBase('/go/x/') // => '/go/x/'
 */
export function withBase(path: string, base = '/'): string {
	return base.replace(/\/+$/, '') + path;
}

/**
 * A site path in one language, with Astro's `base` in front.
 * @example
 * localizedPath('/skills/x/', 'zh') // => '/zh-cn/skills/x/'
 * localizedPath('/skills/x/', 'en', '/docs/') // => '/docs/skills/x/'
 */
export function localizedPath(path: string, key: LanguageKey, base = '/'): string {
	return withBase(languages[key].prefix + path, base);
}

/**
 * The path of a skill's page in one language, or of its compare view with that interface language.
 * @example
 * skillPath('mlops-engineer', 'zh') // => '/zh-cn/skills/mlops-engineer/'
 * skillPath('mlops-engineer', 'en', '/', 'compare') // => '/skills/mlops-engineer/compare/'
 */
export function skillPath(name: string, key: LanguageKey, base = '/', view: SkillView = 'page') {
	return localizedPath(`/skills/${name}/${view === 'compare' ? 'compare/' : ''}`, key, base);
}

/**
 * The path of a skill's SKILL.md file in one language.
 * @example
 * skillFilePath('mlops-engineer', 'zh') // => '/zh-cn/skills/mlops-engineer/SKILL.md'
 */
export function skillFilePath(name: string, key: LanguageKey, base = '/'): string {
	return localizedPath(`/skills/${name}/SKILL.md`, key, base);
}

/**
 * The routes of a page made once per language (`src/pages/[...locale]/…`): its `locale` segment,
 * none for the language at the root, and the language for its props.
 * @example
 * languageRoutes() // => [{ params: { locale: undefined }, props: { lang: 'en' } }, { params: { locale: 'zh-cn' }, props: { lang: 'zh' } }]
 */
export function languageRoutes(): {
	params: { locale: string | undefined };
	props: { language: LanguageKey };
}[] {
	return languageKeys.map((key) => ({
		params: { locale: languages[key].prefix.slice(1) || undefined },
		props: { language: key },
	}));
}

/**
 * The language-neutral link to a skill: it opens in the reader's language.
 * @example
 * neutralPath('mlops-engineer') // => '/go/mlops-engineer/'
 */
export function neutralPath(name: string, base = '/'): string {
	return withBase(`/go/${name}/`, base);
}

/**
 * The language-neutral link to a section of a skill, by its id or one of its aliases: it opens
 * the section in the reader's language, and its page is the section's link preview.
 * @example
 * neutralSectionPath('mlops-engineer', 'capabilities') // => '/go/mlops-engineer/capabilities/'
 * neutralSectionPath('mlops-engineer', '能力范围') // => '/go/mlops-engineer/%E8%83%BD%E5%8A%9B%E8%8C%83%E5%9B%B4/'
 */
export function neutralSectionPath(name: string, id: string, base = '/'): string {
	return `${neutralPath(name, base)}${encodeURIComponent(id)}/`;
}

/**
 * The id of a skill's card in the catalog (the home page), so that a link can land on it.
 * @example
 * catalogCardId('mlops-engineer') // => 'skill-mlops-engineer'
 */
export function catalogCardId(name: string): string {
	return `skill-${name}`;
}

/**
 * The catalog (the home page) in one language, at a skill's card if one is named.
 * @example
 * catalogPath('zh', '/', 'mlops-engineer') // => '/zh-cn/#skill-mlops-engineer'
 * catalogPath('en') // => '/'
 */
export function catalogPath(key: LanguageKey, base = '/', name?: string): string {
	return localizedPath('/', key, base) + (name ? `#${catalogCardId(name)}` : '');
}
