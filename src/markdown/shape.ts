import type { Root, RootContent } from 'mdast';
import { parseGfm } from './parse';

/** What a text must parse to: one paragraph of inline Markdown, or one GFM table. */
export type TextShape = 'inline' | 'table';

export interface ShapeProblem {
	message: string;
	hint: string;
}

const blockNames: Partial<Record<RootContent['type'], string>> = {
	heading: 'a heading (it starts with `#`)',
	list: 'a list (it starts with a list marker such as `-`, `*`, `+` or `1.`)',
	code: 'a code block (it is fenced or indented by four spaces)',
	blockquote: 'a quote (it starts with `>`)',
	thematicBreak: 'a horizontal rule',
	table: 'a table',
	definition: 'a link definition (`[label]: url`)',
	paragraph: 'a paragraph',
};

const inlineHint =
	'Keep the text to one paragraph: no blank lines, and escape a leading Markdown marker with a ' +
	'backslash (`\\#`, `\\-`, `1\\.`, `\\>`). Use a `list:`, `code:` or `table:` block for those.';

/**
 * Says what is wrong when a parsed text does not have the shape its place needs, so that every
 * heading, paragraph and list item stays one aligned block in both languages.
 * @example
 * shapeProblem(parseText('Plain *text*'), 'inline') // => undefined
 * shapeProblem(parseText('# Title'), 'inline') // => { message: 'is a heading (it starts with `#`) …', hint }
 */
export function shapeProblem(tree: Root, shape: TextShape): ShapeProblem | undefined {
	const blocks = tree.children;
	const wanted = shape === 'inline' ? 'paragraph' : 'table';
	if (blocks.length === 1 && blocks[0]!.type === wanted) return undefined;
	if (blocks.length > 1) {
		return {
			message: `runs over ${blocks.length} blocks (${blocks.map((b) => b.type).join(', ')}), where one ${shape === 'inline' ? 'paragraph' : 'table'} belongs`,
			hint:
				shape === 'inline' ? inlineHint : 'A `table:` text holds one GFM table and nothing else.',
		};
	}
	const found = blocks[0] ? (blockNames[blocks[0].type] ?? blocks[0].type) : 'empty';
	return shape === 'inline'
		? { message: `is ${found}, where a single paragraph of text belongs`, hint: inlineHint }
		: {
				message: `is ${found}, where a GFM table belongs`,
				hint: 'Write a header row, a delimiter row (`| --- | --- |`) and the body rows.',
			};
}

/**
 * What is wrong with an HTML block's text, if anything: the SKILL.md writes it as it is, so it
 * must read as one block there, as it does on the pages (shown as the text it is). An HTML block
 * ends at its first blank line, and what follows would be Markdown of its own: headings and
 * paragraphs in the file agents load that no page shows as such.
 * @example
 * htmlBlockProblem('<Good>\nok\n</Good>') // => undefined
 * htmlBlockProblem('<div>\n\n## Hidden\n</div>') // => { message: 'runs over 3 blocks …', hint }
 */
export function htmlBlockProblem(text: string): ShapeProblem | undefined {
	const blocks = parseGfm(text).children;
	if (blocks.length <= 1) return undefined;
	return {
		message: `runs over ${blocks.length} blocks in Markdown (${blocks.map((b) => b.type).join(', ')}), where one HTML block belongs: it ends at its first blank line`,
		hint: 'Remove the blank lines inside the HTML block, or write what follows a blank line as blocks of their own (paragraphs, sections, or a `code:` block for HTML to show).',
	};
}
