import type { Element, ElementContent } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

// Trees come from `parseText`, which made them inert; no raw HTML is let through here either.

/**
 * The hast of a one-paragraph text, without the `<p>`, for a heading, list item or cell.
 * @example
 * toHtml(inlineHast(parseText('Use `kubectl` <b>now</b>'))) // => 'Use <code>kubectl</code> &#x3C;b>now&#x3C;/b>'
 */
export function inlineHast(tree: Root): ElementContent[] {
	const [paragraph] = tree.children;
	if (paragraph?.type !== 'paragraph') return [];
	return (toHast(paragraph) as Element).children;
}

/**
 * The hast of a text as blocks, such as a GFM table.
 * @example
 * toHtml(blockHast(parseText('| a |\n| - |\n| 1 |'))) // => '<table>…</table>'
 */
export function blockHast(tree: Root): ElementContent[] {
	return (toHast(tree) as Element).children;
}
