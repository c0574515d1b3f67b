import { markdownLinkUrl } from './section-links';

// Runs in the browser (links/passage-controls.ts), in the file of the section links' script:
// what a quote copies, as Markdown and as HTML.

/**
 * The section of a passage's link, from its fragment as `location.hash` gives it, for a link
 * whose passage is gone (its English changed): the part before the dot of
 * `#<section id>.<6 hex digits>` (`_top` before the first section, Starlight's id for the page's
 * title). Section ids never hold a dot, so any other fragment gives none.
 * @example
 * passageSection('#capabilities.3f9a1c-2') // => 'capabilities'
 * passageSection('#capabilities') // => undefined
 */
export function passageSection(hash: string): string | undefined {
	return /^#([^.]+)\.[\da-f]{6}(-\d+)?$/.exec(hash)?.[1];
}

/**
 * A quote as Markdown: one blockquote, a paragraph per text, the languages in the order given
 * (the reader's first), then where it is from and its link, and a note when there is one. Text
 * from a skill cannot add markup (its `<`, `>`, `&` are entities), links or images (its `[`, `]`
 * and `\` are escaped: the page showed `[Docs](https://…)` written as code as text, and it
 * must not paste as a link to wherever it points), or leave the quote (every line of it is
 * quoted). Its HTML is {@link quoteHtml}.
 * @example
 * quoteMarkdown({ en: ['Run it'], 'zh-CN': ['运行'] }, 'Ops › Setup', 'https://x/#setup.1a2b3c')
 * // => '> Run it\n>\n> 运行\n\n— Ops › Setup (https://x/#setup.1a2b3c)'
 */
export function quoteMarkdown(
	texts: Record<string, string[]>,
	source: string,
	url: string,
	note = ''
): string {
	const inert = (text: string) =>
		text.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`).replace(/[\\[\]]/g, '\\$&');
	const quoted = Object.values(texts)
		.flat()
		.map((text) => inert(text).replace(/^/gm, '> '));
	return `${quoted.join('\n>\n')}\n\n— ${inert(source)} (${markdownLinkUrl(url)}) ${note}`.trim();
}

/**
 * A quote as HTML, for a rich paste: a `blockquote` with a paragraph per text, each with its
 * `lang`, then where it is from as a link, and the note. Made with DOM methods (in the browser),
 * so a skill's text stays text.
 * @example
 * quoteHtml({ en: ['Run it'], 'zh-CN': ['运行'] }, 'Ops › Setup', 'https://x/#setup.1a2b3c')
 * // => '<blockquote><p lang="en">Run it</p><p lang="zh-CN">运行</p></blockquote><p>— <a href="https://x/#setup.1a2b3c">Ops › Setup</a> </p>'
 */
export function quoteHtml(
	texts: Record<string, string[]>,
	source: string,
	url: string,
	note = ''
): string {
	const make = (tag: string, properties = {}) =>
		Object.assign(document.createElement(tag), properties);
	const quoted = make('blockquote');
	for (const lang in texts)
		for (const text of texts[lang]!) quoted.append(make('p', { lang, innerText: text }));
	const footer = make('p');
	footer.append('— ', make('a', { href: url, textContent: source }), ` ${note}`);
	return quoted.outerHTML + footer.outerHTML;
}
