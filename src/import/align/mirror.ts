import type { LangBlock, LangItem } from '../blocks';
import type { LangDocument, LangSection } from '../document';

/** A translation's whole shape mirrors its original's from this many texts up: fewer texts of the
 * same kinds in the same places happen by chance. */
const enough = 10;

/** A block's shape: its kind, and what it holds (list items, a quote's blocks, a table's size). */
function blockShape(block: LangBlock): string {
	switch (block.kind) {
		case 'list':
			return `list(${block.items.map(itemShape).join(',')})`;
		case 'quote':
		case 'callout':
			return `${block.kind}(${block.blocks.map(blockShape).join(',')})`;
		case 'table':
			return `table${block.text.split('\n').length}`;
		case 'code':
			return `code:${block.lang ?? ''}`;
		// Every kind is named (no default), so that the type checker asks for a new one.
		case 'paragraph':
		case 'rule':
		case 'html':
			return block.kind;
	}
}

const itemShape = (item: LangItem): string =>
	`${item.text === '' ? '' : 'i'}(${item.body.map(blockShape).join(',')})`;

const sectionShape = (section: LangSection): string =>
	`h${section.level}[${section.body.map(blockShape).join(',')}](${section.sections.map(sectionShape).join(',')})`;

const texts = (shape: string) => (shape.match(/[a-z]+/g) ?? []).length;

/**
 * Whether a translation has its original's shape text for text: the same outline, blocks, items
 * and tables, at least ten texts of them. Then every text is where its original is, and that is
 * evidence enough for the pairs the dictionary cannot tell (short headings, names), though not
 * for those it speaks against.
 * @example
 * mirrors(langDocument(english), langDocument(exportedChinese)) // => true
 */
export function mirrors(a: LangDocument, b: LangDocument): boolean {
	const shape = (document: LangDocument) =>
		`${document.body.map(blockShape).join(',')}|${document.sections.map(sectionShape).join(',')}`;
	const mine = shape(a);
	return mine === shape(b) && texts(mine) >= enough;
}
