import { languageKeys, perLanguage, type LanguageKey } from '../i18n/languages';

/** The links a reader can copy for a section, in the order the menu offers them: each language's
 * page, the compare view, the language-neutral link, and a Markdown link. */
export const linkFormats = [...languageKeys, 'compare', 'neutral', 'markdown'] as const;
export type LinkFormat = (typeof linkFormats)[number];
/** The views a link can point at. */
type LinkView = LanguageKey | 'compare';

export interface SkillLinks {
	/** The site's absolute URL, such as `https://skills.example.com`. */
	site: string;
	/** Paths of the skill's views, with the base: each language's page, the compare view
	 * (in the current interface language) and the language-neutral link. */
	paths: Record<LinkView | 'neutral', string>;
	/** The view the reader is on: a language's page, or `compare`. */
	current: LinkView;
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
		...perLanguage((key) => url(paths[key])),
		compare: url(paths.compare),
		neutral: url(paths.neutral),
		markdown: `[${label}](${url(paths[current])})`,
	};
}
