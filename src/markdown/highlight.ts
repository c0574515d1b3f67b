import type { Element } from 'hast';
import { satteriCreateHighlightFn } from '@astrojs/markdown-satteri';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { codeThemes } from './code-themes';
import { themePair } from './theme-pair';

/** Astro's own Shiki highlighter with the site's two themes as one (theme-pair.ts), made once,
 * when first asked. */
let highlighter: ReturnType<typeof satteriCreateHighlightFn> | undefined;

// Every block coloured so far, as HTML, by its language, meta and text. A skill's code is the
// same on its English and Chinese pages and in its two compare views, and Shiki is the most
// costly step of a build: each block is coloured once. HTML is small (a few kB a block, tens of
// MB for hundreds of skills), and the cache stops growing past `limitBytes`.
const coloured = new Map<string, Promise<string>>();
let bytes = 0;
const limitBytes = 64 * 1024 * 1024;

/**
 * A block of code coloured as on every page of the site: Astro's `<pre class="astro-code">`,
 * left to right whatever the page's direction (as Starlight marks a Markdown `<pre>`).
 * @example
 * await highlightCode('npm test', 'bash') // => '<pre class="astro-code …" data-language="bash" dir="ltr"><code>…'
 */
export function highlightCode(code: string, lang = 'plaintext', meta?: string): Promise<string> {
	const key = JSON.stringify([lang, meta ?? '', code]);
	const cached = coloured.get(key);
	if (cached) return cached;
	highlighter ??= themePair(codeThemes.themes).then((pair) =>
		satteriCreateHighlightFn('shiki', { ...pair, defaultColor: codeThemes.defaultColor })
	);
	const html = highlighter.then(async (highlight) => {
		if (!highlight) throw new Error('Astro made no Shiki highlighter for the site’s themes.');
		const pre = (await highlight(code, lang, meta)) as Element;
		pre.properties.dir ??= 'ltr';
		// Its height in lines, for code.css to reserve while the block is off screen and not drawn.
		const style = String(pre.properties.style ?? '').replace(/;?\s*$/, ';');
		pre.properties.style = `${style === ';' ? '' : style}--code-lines:${lineCount(pre)}`;
		const made = toHtml(pre);
		bytes += made.length;
		return made;
	});
	if (bytes < limitBytes) coloured.set(key, html);
	return html;
}

/**
 * How many lines a `<pre>` from Shiki shows: its `<code>` holds one `<span class="line">` each,
 * but a last one with no text (the code ended with a newline, or is empty) makes no line in a
 * `<pre>`.
 */
function lineCount(pre: Element): number {
	const code = pre.children.find(
		(child): child is Element => child.type === 'element' && child.tagName === 'code'
	);
	const lines = (code?.children ?? []).filter(
		(child): child is Element => child.type === 'element'
	);
	const last = lines.at(-1);
	return lines.length - (last && toString(last) === '' ? 1 : 0);
}
