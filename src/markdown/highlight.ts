import type { Element } from 'hast';
import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { codeThemes } from './code-themes';

/**
 * Astro's own Shiki highlighter with the site's themes, so that code looks the same wherever it
 * is drawn. Made once, when first asked.
 */
let highlighter: ReturnType<typeof satteriCreateHighlightFn> | undefined;

// A skill's code is the same on its English and Chinese pages, and again in its two compare
// views: Shiki, the most costly step of a build, colours each block once, and the others look it
// up. Recent blocks are enough, since a skill's views are made one after the other.
const recent = new Map<string, Promise<Element>>();
const recentLimit = 2_000;

/**
 * A block of code coloured as on every page of the site: Astro's `<pre class="astro-code">`.
 * The element is shared between callers: serialize it or copy it, never change it.
 * @example
 * toHtml(await highlightCode('npm test', 'bash')) // => '<pre class="astro-code …" data-language="bash"><code>…'
 */
export function highlightCode(code: string, lang = 'plaintext', meta?: string): Promise<Element> {
	const key = JSON.stringify([lang, meta ?? '', code]);
	const cached = recent.get(key);
	if (cached) return cached;
	highlighter ??= satteriCreateHighlightFn('shiki', codeThemes);
	const element = highlighter.then(async (highlight) => {
		if (!highlight) throw new Error('Astro made no Shiki highlighter for the site’s themes.');
		return (await highlight(code, lang, meta)) as Element;
	});
	if (recent.size >= recentLimit) recent.delete(recent.keys().next().value!);
	recent.set(key, element);
	return element;
}

/**
 * The Markdown pipeline's code step (Astro's Sätteri plugin) drawing through
 * {@link highlightCode}: set it in place of Astro's own (`syntaxHighlight: false`).
 * @example
 * satteri({ hastPlugins: [highlightPlugin] })
 */
export const highlightPlugin = satteriHighlightPlugin(highlightCode, undefined);
