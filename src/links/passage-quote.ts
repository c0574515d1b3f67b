// Runs in the browser, in the quote's own chunk (links/passage-quoting.ts): what a quote copies,
// as Markdown and as HTML. It imports nothing: what the chunk shares with the page's script
// would be fetched as a file of its own at page load.

/**
 * A quote as Markdown: one blockquote, a paragraph per text, the languages in the order given
 * (the reader's first), then where it is from and its link, and a note when there is one. Text
 * from a skill cannot add markup (its `<`, `>`, `&` are entities), links or images (its `[`, `]`
 * and `\` are escaped: the page showed `[Docs](https://…)` written as code as text, and it
 * must not paste as a link to wherever it points), or leave the quote (every line of it is
 * quoted). The link comes as a Markdown link destination, `markdownLinkUrl(url)` of
 * links/section-links.ts, which the page's script has. Its HTML is {@link quoteHtml}.
 * @example
 * quoteMarkdown({ en: ['Run it'], 'zh-CN': ['运行'] }, 'Ops › Setup', 'https://x/#setup.1a2b3c')
 * // => '> Run it\n>\n> 运行\n\n— Ops › Setup (https://x/#setup.1a2b3c)'
 */
export function quoteMarkdown(
	texts: Record<string, string[]>,
	source: string,
	destination: string,
	note = ''
): string {
	const inert = (text: string) =>
		text.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`).replace(/[\\[\]]/g, '\\$&');
	const quoted = Object.values(texts)
		.flat()
		.map((text) => inert(text).replace(/^/gm, '> '));
	return `${quoted.join('\n>\n')}\n\n— ${inert(source)} (${destination}) ${note}`.trim();
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
