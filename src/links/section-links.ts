import type { LanguageKey } from '../i18n/languages';

// Runs in the browser too: it imports nothing at run time, so that the page's script stays one
// small inline script.

/** The views a link can point at: each language's page, and the compare view. */
export type LinkView = LanguageKey | 'compare';
/** The links a reader can copy for a section (see links/formats.ts for their order). */
export type LinkFormat = LinkView | 'neutral' | 'markdown';

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
	const views = Object.entries(paths).map(([view, path]) => [view, url(path)]);
	return {
		...(Object.fromEntries(views) as Record<LinkView | 'neutral', string>),
		markdown: `[${label}](${url(paths[current])})`,
	};
}
