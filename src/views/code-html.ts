import type { ElementContent } from 'hast';
import { withCodeInfo } from './code-info';
import { highlightCode } from '../markdown/highlight';
import { raw } from './hast';

/**
 * A block of code as every view draws it: coloured by Shiki (which escapes the code), through
 * the cache all of a skill's views share (markdown/highlight.ts), with its fence's info line
 * over it when it has one.
 * @example
 * await codeBlock('npm test', 'bash') // => raw('<pre class="astro-code …" dir="ltr">…</pre>')
 */
export async function codeBlock(
	text: string,
	syntax: string | undefined,
	meta?: string
): Promise<ElementContent> {
	return raw(withCodeInfo(await highlightCode(text, syntax, meta), meta));
}
