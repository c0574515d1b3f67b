import {
	kilobytes,
	maxContainerDepth,
	maxInlineBytes,
	maxMarks,
	maxPairs,
	utf8Bytes,
} from './limits';
import { containerDepth, lineContainers, markCount } from './markdown-nesting';
import type { Problem } from './problems';

// The importer's parser (remark, micromark) takes quadratic time on some paragraphs (60 kB of
// `a]` took 24 s) and recurses once per level of nesting (20,000 quotes overflowed the stack). A
// SKILL.md is read line by line first, as its blocks will be, and refused at the first line that
// goes past a limit. Lines in fenced code are not paragraphs, but count for nesting: a fence
// that ends sooner than this reading thinks would hand its lines to the parser.

const fenceOpen = /^(`{3,}|~{3,})/;
// A line that starts a block of its own: a heading, table row, HTML, fence or thematic break.
const blockStart = /^(?:#{1,6}(?:[ \t]|$)|\||<|`{3}|~{3}|([-*_])(?:[ \t]*\1){2,}[ \t]*$)/;
// The start of an HTML block, which is kept as written, not read as Markdown.
const htmlStart = /^<(?:\/?[A-Za-z][\w-]*(?:[\s/>]|$)|!--|\?|![A-Za-z]|!\[CDATA\[)/;

const count = (n: number) => n.toLocaleString('en-US');
const splitHint =
	'Split the skill into several skills, or move long reference material into files of its folder (link to them instead).';

/** A paragraph, heading, list item's text, table row or HTML block, as lines are read. */
interface Unit {
	line: number;
	bytes: number;
	marks: number;
	quotes: number;
	kind: 'paragraph' | 'table row' | 'HTML';
}

/** Reads a SKILL.md's lines in order, and keeps the first problem of each kind. */
class Scan {
	readonly found = new Map<string, Problem>();
	private fence: { marker: string; column: number; quotes: number } | undefined;
	private unit: Unit | undefined;
	private blocks = 0;

	report(kind: string, line: number, where: string, message: string, hint: string) {
		if (!this.found.has(kind)) this.found.set(kind, { line, column: 1, where, message, hint });
	}

	close() {
		const unit = this.unit;
		this.unit = undefined;
		if (!unit || unit.kind === 'HTML') return;
		if (unit.bytes > maxInlineBytes)
			this.report(
				'size',
				unit.line,
				unit.kind,
				`is ${kilobytes(unit.bytes)}; a paragraph, heading, list item or table row may be at most ${kilobytes(maxInlineBytes)}`,
				'Split it into several paragraphs or list items.'
			);
		if (unit.marks > maxMarks)
			this.report(
				'marks',
				unit.line,
				unit.kind,
				`has ${unit.marks} emphasis and link marks (\`*\`, \`_\`, \`~\`, \`[\`); at most ${maxMarks} can be imported safely`,
				'Write fewer marks, or escape the ones that are not emphasis or links (`\\*`, `\\_`, `\\[`).'
			);
	}

	/** Whether a line is inside the fenced code opened before it (and closes it if it is its end). */
	private fenced(quotes: number, column: number, text: string): boolean {
		const fence = this.fence;
		if (!fence) return false;
		const inside = text.trim() === '' || (quotes >= fence.quotes && column >= fence.column);
		const closing = text.trim().startsWith(fence.marker) && /^[`~]+\s*$/.test(text.trim());
		if (!inside || closing) this.fence = undefined;
		return inside;
	}

	line(line: string, number: number) {
		const depth = containerDepth(line);
		if (depth > maxContainerDepth)
			this.report(
				'depth',
				number,
				'quotes and lists',
				`are nested ${depth} deep; at most ${maxContainerDepth} can be imported`,
				'Nest fewer quotes and lists inside each other, or put the text in a code block.'
			);
		const { quotes, markers, column, text } = lineContainers(line);
		if (this.fenced(quotes, column, text)) return;
		if (text.trim() === '') return this.close();
		const opens = markers > 0 || blockStart.test(text) || quotes > (this.unit?.quotes ?? quotes);
		if (this.unit && !opens) {
			this.unit.bytes += utf8Bytes(line) + 1;
			this.unit.marks += markCount(text);
			return;
		}
		// A table row is parsed cell by cell: a unit of its own, but not a block.
		const row = text[0] === '|';
		const sameTable = row && this.unit?.kind === 'table row';
		this.close();
		if (!sameTable && ++this.blocks > maxPairs)
			this.report(
				'blocks',
				number,
				'the file',
				`has more than ${count(maxPairs)} blocks and list items; a skill may have at most ${count(maxPairs)}`,
				splitHint
			);
		const fence = fenceOpen.exec(text);
		if (fence) this.fence = { marker: fence[1]!, column, quotes };
		else {
			const kind = row ? 'table row' : htmlStart.test(text) ? 'HTML' : 'paragraph';
			this.unit = { line: number, bytes: utf8Bytes(line), marks: markCount(text), quotes, kind };
		}
	}
}

/**
 * What in a SKILL.md's Markdown would exhaust the parser, each kind at its first line: quotes
 * and lists nested too deep, a paragraph or table row too long or with too many emphasis and
 * link marks, too many blocks for one skill.
 * @example
 * skillMdProblems('> '.repeat(20_000) + 'a')
 * // => [{ line: 1, column: 1, where: 'quotes and lists', message: 'are nested 20000 deep; at most 12 can be imported', hint }]
 */
export function skillMdProblems(markdown: string): Problem[] {
	const scan = new Scan();
	markdown.split('\n').forEach((line, index) => scan.line(line.replace(/\r$/, ''), index + 1));
	scan.close();
	return [...scan.found.values()].sort((a, b) => a.line! - b.line!);
}
