import type { Element } from 'hast';
import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { parseText } from './parse';

// Trees come from `parseText`, which made them inert; no raw HTML is let through here either.

/**
 * The HTML of a one-paragraph text, without the `<p>`, for a heading, list item or cell.
 * @example
 * inlineHtml('Use `kubectl` <b>now</b>') // => 'Use <code>kubectl</code> &#x3C;b>now&#x3C;/b>'
 */
export function inlineHtml(markdown: string): string {
	const [paragraph] = parseText(markdown).children;
	if (paragraph?.type !== 'paragraph') return '';
	return toHtml((toHast(paragraph) as Element).children);
}

/**
 * The HTML of a text as blocks, such as a GFM table.
 * @example
 * blockHtml('| a |\n| - |\n| 1 |') // => '<table>…</table>'
 */
export function blockHtml(markdown: string): string {
	return toHtml(toHast(parseText(markdown) as Root));
}
