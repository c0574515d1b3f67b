import type { Element } from 'hast';
import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';

// Trees come from `parseText`, which made them inert; no raw HTML is let through here either.

/**
 * The HTML of a one-paragraph text, without the `<p>`, for a heading, list item or cell.
 * @example
 * inlineHtml(parseText('Use `kubectl` <b>now</b>')) // => 'Use <code>kubectl</code> &#x3C;b>now&#x3C;/b>'
 */
export function inlineHtml(tree: Root): string {
	const [paragraph] = tree.children;
	if (paragraph?.type !== 'paragraph') return '';
	return toHtml((toHast(paragraph) as Element).children);
}

/**
 * The HTML of a text as blocks, such as a GFM table.
 * @example
 * blockHtml(parseText('| a |\n| - |\n| 1 |')) // => '<table>…</table>'
 */
export function blockHtml(tree: Root): string {
	return toHtml(toHast(tree));
}
