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

/** The last line of every node by its type and first line, to know what a unit spans. */
function spans(tree: Root): Map<string, number> {
	const ends = new Map<string, number>();
	const walk = (node: Nodes) => {
		const { start, end } = node.position ?? {};
		if (start && end) ends.set(`${node.type}:${start.line}`, end.line);
		if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
	};
	walk(tree);
	return ends;
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
	const endOf = (type: string, line: number) => ends.get(`${type}:${line}`) ?? line;
	const found: Unit[] = [];
	const add = (unit: Omit<Unit, 'level' | 'atTop'> & Partial<Unit>) =>
		found.push({ level: 0, atTop: false, ...unit });

	const items = (list: LangItem[], ordered: boolean, context: string, top: number) =>
		list.forEach((item, index) => {
			const end = endOf('listItem', item.line);
			if (item.text !== '')
				add({
					kind: 'list item',
					text: item.text,
					line: item.line,
					end,
					top,
					shape: `li${index}:${ordered ? 'o' : 'u'}@${context}`,
				});
			blocks(item.body, `${context}>item`, top);
		});
	const blocks = (list: LangBlock[], context: string, top?: number) =>
		list.forEach((block) => {
			const at = top ?? block.line;
			const atTop = top === undefined;
			switch (block.kind) {
				case 'paragraph':
					return add({
						kind: 'paragraph',
						text: block.text,
						line: block.line,
						end: endOf('paragraph', block.line),
						top: at,
						shape: `p@${context}`,
						atTop,
					});
				case 'table': {
					const rows = block.text.split('\n');
					const shape = `table${rows.length}x${rows[0]!.split('|').length}@${context}`;
					return add({
						kind: 'table',
						text: block.text,
						line: block.line,
						end: endOf('table', block.line),
						top: at,
						shape,
						atTop,
					});
				}
				case 'code':
					return add({
						kind: 'code block',
						text: block.code,
						line: block.line,
						end: endOf('code', block.line),
						top: at,
						shape: `code:${block.lang ?? ''}@${context}`,
						atTop,
					});
				case 'html': {
					const end = block.raw
						? Math.max(
								block.line,
								...[...ends]
									.filter(([key]) => key.endsWith(`:${block.line}`))
									.map(([, last]) => last)
							)
						: endOf('html', block.line);
					return add({
						kind: 'html block',
						text: block.text,
						line: block.line,
						end,
						top: at,
						shape: `html@${context}`,
						atTop,
					});
				}
				case 'list':
					return items(block.items, block.ordered, `${context}list`, at);
				case 'quote':
					return blocks(block.blocks, `${context}>quote`, at);
				case 'rule':
					return;
			}
		});
	const sections = (list: LangSection[]) =>
		list.forEach((section) => {
			const end = endOf('heading', section.line);
			add({
				kind: 'heading',
				text: section.heading,
				line: section.line,
				end,
				top: section.line,
				shape: `h${section.level}`,
				level: section.level,
				atTop: true,
			});
			blocks(section.body, '');
			sections(section.sections);
		});
	blocks(document.body, '');
	sections(document.sections);
	return found;
}
