import type { LanguageKey } from '../i18n/languages';
import { hasOwnAddress } from '../navigation/own-address';

// Runs in the browser too: it imports nothing at run time but own-address.ts, which imports
// nothing, so that the page's script stays one small inline script.

/** The views a link can point at: each language's page, and the compare view. */
export type LinkView = LanguageKey | 'compare';
/** The links a reader can copy for a section (see links/formats.ts for their order). */
export type LinkFormat = LinkView | 'neutral' | 'markdown';

export interface SkillLinks {
	/** The site's absolute URL, such as `https://skills.example.com`. */
	site: string;
	/** Paths of the skill's views, with the base: each language's page, the compare view
	 * (in the current interface language) and the skill's language-neutral link (`/go/<skill>/`),
	 * under which each section has its own (navigation/paths.ts, `neutralSectionPath`). */
	paths: Record<LinkView | 'neutral', string>;
	/** The view the reader is on: a language's page, or `compare`. */
	current: LinkView;
	/** The skill's title in the page's language. */
	skillTitle: string;
}

/** Characters of link text that HTML would read as markup: written as entities, which every
 * Markdown renderer decodes (a backslash before `<` is CommonMark only; Markdown.pl keeps it). */
const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text as Markdown link text that every CommonMark or GFM renderer (wikis, issue trackers, chat)
 * shows as it is: no raw HTML, links, emphasis, code, strikethrough, math or table cells. HTML
 * characters become entities, Markdown punctuation is backslash-escaped, and line breaks spaces,
 * so the text cannot end the link.
 * @example
 * markdownLinkText('Use <b>[x]</b> *now* | `a`') // => 'Use &lt;b&gt;\\[x\\]&lt;/b&gt; \\*now\\* \\| \\`a\\`'
 */
export function markdownLinkText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/[&<>]/g, (char) => htmlEntities[char]!)
		.replace(/[\\[\]*_`|~$]/g, '\\$&');
}

/**
 * A URL as a Markdown link destination: whitespace, parentheses, angle brackets and backslashes,
 * which would end it early or be read as escapes, percent-encoded (the URL means the same).
 * @example
 * markdownLinkUrl('https://a.example/my docs/(x)/') // => 'https://a.example/my%20docs/%28x%29/'
 */
export function markdownLinkUrl(url: string): string {
	return url.replace(/[\s()<>\\]/g, (char) =>
		// encodeURIComponent leaves ( and ) as they are; other whitespace is not ASCII, and UTF-8.
		char < '\x80'
			? `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
			: encodeURIComponent(char)
	);
}

/**
 * Every link to one section: its language-neutral address (`/go/<skill>/<id>/`, whose page
 * previews the section and sends each reader on to it in their language), absolute URLs of it on
 * each view, and a Markdown link to it on the view the reader is on, titled `Section — Skill` in
 * the page's language.
 * @example
 * sectionLinks(links, 'capabilities', '能力范围').neutral
 * // => 'https://skills.example.com/go/mlops-engineer/capabilities/'
 * sectionLinks(links, 'capabilities', '能力范围').markdown
 * // => '[能力范围 — MLOps工程师](https://skills.example.com/zh-cn/skills/mlops-engineer/#capabilities)'
 */
export function sectionLinks(
	{ site, paths, current, skillTitle }: SkillLinks,
	id: string,
	sectionTitle: string
): Record<LinkFormat, string> {
	const origin = site.replace(/\/+$/, '');
	const url = (path: string) => `${origin}${path}#${encodeURIComponent(id)}`;
	const label = markdownLinkText(`${sectionTitle} — ${skillTitle}`);
	const { neutral, ...views } = paths;
	const viewUrls = Object.entries(views).map(([view, path]) => [view, url(path)]);
	return {
		...(Object.fromEntries(viewUrls) as Record<LinkView, string>),
		// An id too long to be a folder's name has no page of its own: the skill's takes it along.
		neutral: hasOwnAddress(id) ? `${origin}${neutral}${encodeURIComponent(id)}/` : url(neutral),
		markdown: `[${label}](${markdownLinkUrl(url(paths[current]))})`,
	};
}
