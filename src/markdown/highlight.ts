import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { toHtml } from 'hast-util-to-html';
import { codeThemes } from './code-themes';

/** Astro's own Shiki highlighter with the site's themes, made once, when first asked. */
let highlighter: ReturnType<typeof satteriCreateHighlightFn> | undefined;

/**
 * Every block coloured this build, as HTML, by its language, meta and text. A skill's code is
 * the same on its English and Chinese pages and in its two compare views, and Shiki is the most
 * costly step of a build: each block is coloured once. The pages are rendered by the content
 * loader and the compare views later, by the built pages, each with its own copy of this
 * module: the cache is the process's, so that both find it. HTML is small (a few kB a block, a
 * few MB for hundreds of skills), and the cache stops growing past `limitBytes`.
 */
interface Highlighted {
	blocks: Map<string, Promise<string>>;
	bytes: number;
}
const shared = Symbol.for('bilingual-skills.highlighted');
const store = ((globalThis as { [shared]?: Highlighted })[shared] ??= {
	blocks: new Map(),
	bytes: 0,
});
const limitBytes = 64 * 1024 * 1024;
// The themes are part of the key: a change of theme in `astro dev` colours again.
const themes = JSON.stringify(codeThemes);

/**
 * A block of code coloured as on every page of the site: Astro's `<pre class="astro-code">`.
 * @example
 * await highlightCode('npm test', 'bash') // => '<pre class="astro-code …" data-language="bash"><code>…'
 */
export function highlightCode(code: string, lang = 'plaintext', meta?: string): Promise<string> {
	const key = JSON.stringify([themes, lang, meta ?? '', code]);
	const cached = store.blocks.get(key);
	if (cached) return cached;
	highlighter ??= satteriCreateHighlightFn('shiki', codeThemes);
	const html = highlighter.then(async (highlight) => {
		if (!highlight) throw new Error('Astro made no Shiki highlighter for the site’s themes.');
		const made = toHtml(await highlight(code, lang, meta));
		store.bytes += made.length;
		return made;
	});
	if (store.bytes < limitBytes) store.blocks.set(key, html);
	return html;
}

/**
 * The Markdown pipeline's code step (Astro's Sätteri plugin) drawing through
 * {@link highlightCode}: set it in place of Astro's own (`syntaxHighlight: false`).
 * @example
 * satteri({ hastPlugins: [highlightPlugin] })
 */
export const highlightPlugin = satteriHighlightPlugin(
	async (code, lang, meta) =>
		({ type: 'raw', value: await highlightCode(code, lang, meta) }) as never,
	undefined
);
