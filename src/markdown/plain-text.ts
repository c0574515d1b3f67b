import { toString } from 'mdast-util-to-string';
import { parseText } from './parse';

/**
 * The text of a Markdown text without its markup, for labels, titles and slugs.
 * @example
 * toPlainText('Use `kubectl` *now*') // => 'Use kubectl now'
 */
export function toPlainText(markdown: string): string {
	return toString(parseText(markdown));
}
