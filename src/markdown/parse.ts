import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { sanitize } from './sanitize';

// Sources are CommonMark + GFM and nothing else: no directives, no `{#id}` syntax. Text that looks
// like either stays text, because the serializer escapes it (see serialize.ts).
const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Parses one text of a source (a heading, paragraph, list item or table) into an mdast tree,
 * with raw HTML and unsafe links made inert.
 * @example
 * parseText('Use `kubectl` <b>now</b>')
 * // => root > paragraph > [text 'Use ', inlineCode 'kubectl', text ' ', text '<b>', text 'now', text '</b>']
 */
export function parseText(markdown: string): Root {
	return sanitize(parser.parse(markdown));
}
