import { isDeepStrictEqual } from 'node:util';
import type { Heading, Nodes, Paragraph, Root, Table } from 'mdast';
import { parseGfm } from '../markdown/parse';
import { writeInline, writeMarkdown } from './write';

/** A text of a SKILL.md that a source holds: a heading's or paragraph's inline text, or a table. */
export type TextNode = Heading | Paragraph | Table;

/** Node trees without their places, which say nothing of what a text means. */
const withoutPositions = (node: unknown): unknown => {
	if (Array.isArray(node)) return node.map(withoutPositions);
	if (node === null || typeof node !== 'object') return node;
	return Object.fromEntries(
		Object.entries(node)
			.filter(([key]) => key !== 'position')
			.map(([key, value]) => [key, withoutPositions(value)])
	);
};

// A line of a text inside a container starts with the container's marks: `>` for each quote
// around it (a lazy line may lack them), and indentation. A paragraph's or a table's rows lose
// their leading blank space when Markdown reads them, so taking it off changes nothing.
const containerMarks = (quotes: number) => new RegExp(`^(?:[ \\t]*>[ \\t]?){0,${quotes}}[ \\t]*`);

/** The written text of a node, its lines freed of the marks of the containers around it. */
function slice(node: TextNode, source: string, quotes: number): string | undefined {
	const children: Nodes[] = node.type === 'heading' ? node.children : [node];
	const start = children[0]?.position?.start.offset;
	const end = children.at(-1)?.position?.end.offset;
	if (start === undefined || end === undefined) return undefined;
	const marks = containerMarks(quotes);
	return source
		.slice(start, end)
		.split('\n')
		.map((line, index) => (index === 0 ? line : line.replace(marks, '')))
		.join('\n');
}

/** What the site would read a text as: the node it stands for, without places. */
function meaning(node: TextNode): unknown {
	return withoutPositions(node.type === 'table' ? node : node.children);
}

function readAs(text: string, node: TextNode): unknown {
	const [only, ...rest] = parseGfm(text).children as Root['children'];
	if (!only || rest.length > 0 || only.type !== (node.type === 'table' ? 'table' : 'paragraph'))
		return undefined;
	return withoutPositions(node.type === 'table' ? only : (only as Paragraph).children);
}

/**
 * A heading's, paragraph's or table's Markdown as the SKILL.md wrote it, when the site reads it
 * back as the same text: its escapes, emphasis marks and spacing kept (`$$ \sum_{i=1} $$` stays
 * as written, where a serializer would escape the `_`), and only the marks of the quotes and list
 * items around it taken off its lines. Where the written text would read otherwise on its own (a
 * heading `## 1. Setup`, which alone is a list; a reference link whose definition is elsewhere),
 * the text is written anew from its node, escaped as it needs.
 * @example
 * writtenText(paragraphNode, '> Use $x_1$ and\n> $x_2$', 1) // => 'Use $x_1$ and\n$x_2$'
 */
export function writtenText(node: TextNode, source: string | undefined, quotes = 0): string {
	const written = source === undefined ? undefined : slice(node, source, quotes);
	if (written !== undefined && isDeepStrictEqual(readAs(written, node), meaning(node)))
		return written;
	return node.type === 'table' ? writeMarkdown(node) : writeInline(node.children);
}
