/**
 * A SKILL.md cut into the units the drift benchmark counts: each heading, paragraph, list item,
 * table, code block and HTML block of its body, in reading order, as the importer reads them
 * (`langDocument`), with the lines each spans in the file so that variants can cut and paste them.
 * The `# Title` line and the front matter are not units: no variant touches them.
 */
import type { Nodes, Root } from 'mdast';
import type { LangBlock, LangItem } from '../../src/import/blocks.ts';
import { langDocument, type LangSection } from '../../src/import/document.ts';
import { readSkillMarkdown } from '../../src/skill-md/read.ts';

export type UnitKind =
	'heading' | 'paragraph' | 'list item' | 'table' | 'code block' | 'html block';

export interface Unit {
	kind: UnitKind;
	/** The text the importer pairs: Markdown of a heading, paragraph, item or table; code as is. */
	text: string;
	line: number;
	/** The last line of the unit with all it holds (a list item's nested blocks, a code fence). */
	end: number;
	/** The first line of the top-level block (or heading) it is in: where a file can be cut. */
	top: number;
	/** Its place in the structure, what a faithful translation keeps: `h2`, `li2:o@list>quote`. */
	shape: string;
	/** A heading's level; 0 for blocks. */
	level: number;
	/** Whether it is a block of a section's own body (not inside a list or a quote). */
	atTop: boolean;
}

/**
 * The last line of every node by its type and first line (`paragraph:12`), and of the longest
 * node of any type by its first line (`12`), to know what a unit spans.
 */
function spans(tree: Root): Map<string, number> {
	const ends = new Map<string, number>();
	const walk = (node: Nodes) => {
		const { start, end } = node.position ?? {};
		if (start && end) {
			ends.set(`${node.type}:${start.line}`, end.line);
			ends.set(`${start.line}`, Math.max(end.line, ends.get(`${start.line}`) ?? 0));
		}
		if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
	};
	walk(tree);
	return ends;
}

type Leaf = Exclude<LangBlock, { kind: 'list' | 'quote' | 'callout' | 'rule' }>;

/** A block that is a unit: its kind, its text, the mdast type that spans it, its shape. */
function leaf(block: Leaf): [UnitKind, string, string, string] {
	switch (block.kind) {
		case 'paragraph':
			return ['paragraph', block.text, 'paragraph', 'p'];
		case 'table': {
			const rows = block.text.split('\n');
			return ['table', block.text, 'table', `table${rows.length}x${rows[0]!.split('|').length}`];
		}
		case 'code':
			return ['code block', block.code, 'code', `code:${block.lang ?? ''}`];
		case 'html':
			// Raw Markdown (a footnote, a heading in a list) is whatever node starts on its line.
			return ['html block', block.text, block.raw ? '' : 'html', 'html'];
	}
}

/**
 * The line of the `# Title` heading the importer takes as the title, if there is one.
 * @example
 * titleLine('> Note\n\n# T\n', 'x.md') // => 3
 */
export function titleLine(text: string, file: string): number | undefined {
	return langDocument(readSkillMarkdown(text, file), { translation: true }).title?.line;
}

/**
 * The units of a SKILL.md's text, in reading order.
 * @example
 * units('# T\n\nHi\n\n- a\n- b\n', 'x.md').map((unit) => unit.shape) // => ['p@', 'li0:u@', 'li1:u@']
 */
export function units(text: string, file: string): Unit[] {
	const markdown = readSkillMarkdown(text, file);
	const document = langDocument(markdown, { translation: true });
	const ends = spans(markdown.tree);
	const endOf = (key: string, line: number) => ends.get(`${key}${line}`) ?? line;
	const found: Unit[] = [];

	const items = (list: LangItem[], ordered: boolean, context: string, top: number) =>
		list.forEach((item, index) => {
			const shape = `li${index}:${ordered ? 'o' : 'u'}@${context}`;
			const end = endOf('listItem:', item.line);
			if (item.text !== '')
				found.push({
					kind: 'list item',
					text: item.text,
					line: item.line,
					end,
					top,
					shape,
					level: 0,
					atTop: false,
				});
			blocks(item.body, `${context}>item`, top);
		});
	const blocks = (list: LangBlock[], context: string, top?: number) =>
		list.forEach((block) => {
			const at = top ?? block.line;
			if (block.kind === 'list') return items(block.items, block.ordered, `${context}list`, at);
			if (block.kind === 'quote' || block.kind === 'callout')
				return blocks(block.blocks, `${context}>quote`, at);
			if (block.kind === 'rule') return;
			const [kind, text, type, shape] = leaf(block);
			const end = endOf(type === '' ? '' : `${type}:`, block.line);
			found.push({
				kind,
				text,
				line: block.line,
				end,
				top: at,
				shape: `${shape}@${context}`,
				level: 0,
				atTop: top === undefined,
			});
		});
	const sections = (list: LangSection[]) =>
		list.forEach(({ heading, level, line, body, sections: inner }) => {
			const end = endOf('heading:', line);
			found.push({
				kind: 'heading',
				text: heading,
				line,
				end,
				top: line,
				shape: `h${level}`,
				level,
				atTop: true,
			});
			blocks(body, '');
			sections(inner);
		});
	blocks(document.body, '');
	sections(document.sections);
	return found;
}
