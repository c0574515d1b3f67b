import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import { defaultHandlers, toHast, type Handlers } from 'mdast-util-to-hast';
import { names } from './names';

// Trees come from `parseText`, which made them inert; no raw HTML is let through here either.

/**
 * What a text says shows on the page, as it reads in the SKILL.md an agent loads: an image's alt
 * text (which a browser hides once the image loads) under it, and a link's title (a browser shows
 * it only on hover) after it. Screen readers have both already, so the shown copies are hidden
 * from them.
 */
const handlers: Handlers = {
	image(state, node) {
		const image = defaultHandlers.image(state, node);
		if (!node.alt) return image;
		return h(`span.${names.textImage}`, [
			image,
			h(`span.${names.textImageAlt}`, { ariaHidden: 'true' }, node.alt),
		]);
	},
	link(state, node) {
		const link = defaultHandlers.link(state, node);
		if (!node.title) return link;
		const title = h(`small.${names.linkTitle}`, { ariaHidden: 'true' }, [` (${node.title})`]);
		return [link, title];
	},
};

/**
 * The hast of a one-paragraph text, without the `<p>`, for a heading, list item or cell.
 * @example
 * toHtml(inlineHast(parseText('Use `kubectl` <b>now</b>'))) // => 'Use <code>kubectl</code> &#x3C;b>now&#x3C;/b>'
 */
export function inlineHast(tree: Root): ElementContent[] {
	const [paragraph] = tree.children;
	if (paragraph?.type !== 'paragraph') return [];
	return (toHast(paragraph, { handlers }) as Element).children;
}

/**
 * The hast of a text as blocks, such as a GFM table.
 * @example
 * toHtml(blockHast(parseText('| a |\n| - |\n| 1 |'))) // => '<table>…</table>'
 */
export function blockHast(tree: Root): ElementContent[] {
	return (toHast(tree, { handlers }) as Element).children;
}
