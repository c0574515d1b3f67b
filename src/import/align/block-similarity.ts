import type { LangBlock, LangItem } from '../blocks';

/**
 * All the text a block holds, for comparing blocks by content.
 * @example
 * blockText({ kind: 'quote', line: 1, blocks: [{ kind: 'paragraph', line: 1, text: 'Hi' }] }) // => 'Hi'
 */
export function blockText(block: LangBlock): string {
	switch (block.kind) {
		case 'paragraph':
		case 'table':
		case 'html':
			return block.text;
		case 'code':
			return block.code;
		case 'list':
			return block.items.map(itemText).join('\n');
		case 'quote':
		case 'callout':
			return block.blocks.map(blockText).join('\n');
		case 'rule':
			return '';
	}
}

const itemText = (item: LangItem): string => [item.text, ...item.body.map(blockText)].join('\n');

const lines = (code: string) =>
	code
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);

/**
 * How alike two code blocks are: the share of their lines they have in common. A translation
 * that translated only the comments keeps most lines.
 * @example
 * codeSimilarity('# run\nnpm test', '# 运行\nnpm test') // => 0.5
 */
export function codeSimilarity(a: string, b: string): number {
	if (a === b) return 1;
	const left = lines(a);
	const right = new Map<string, number>();
	for (const line of lines(b)) right.set(line, (right.get(line) ?? 0) + 1);
	let shared = 0;
	for (const line of left) {
		const count = right.get(line) ?? 0;
		if (count > 0) {
			shared++;
			right.set(line, count - 1);
		}
	}
	return shared / Math.max(left.length, lines(b).length, 1);
}
