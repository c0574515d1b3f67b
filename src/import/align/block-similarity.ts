import type { LangBlock, LangItem } from '../blocks';
import { textSimilarity } from './similarity';

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
			return block.blocks.map(blockText).join('\n');
		case 'rule':
			return '';
	}
}

const itemText = (item: LangItem): string => [item.text, ...item.body.map(blockText)].join('\n');

/** How close two counts are, from 1 (equal) down. */
const countFit = (a: number, b: number) => Math.min(a, b) / Math.max(a, b, 1);

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

/**
 * How alike a block of the original and one of the translation are, from 0 to 1 (−∞ for blocks
 * of different kinds, which never pair).
 * @example
 * blockSimilarity({ kind: 'rule', line: 1 }, { kind: 'paragraph', line: 1, text: '…' }) // => -Infinity
 */
export function blockSimilarity(a: LangBlock, b: LangBlock): number {
	if (a.kind !== b.kind) return -Infinity;
	switch (a.kind) {
		case 'code': {
			const other = b as typeof a;
			const same = codeSimilarity(a.code, other.code);
			return same === 1 ? 1 : 0.2 * Number(a.lang === other.lang) + 0.8 * same;
		}
		case 'list': {
			const other = b as typeof a;
			return (
				0.5 * textSimilarity(blockText(a), blockText(other)) +
				0.3 * countFit(a.items.length, other.items.length) +
				0.2 * Number(a.ordered === other.ordered)
			);
		}
		case 'table': {
			const columns = (text: string) => text.split('\n')[0]!.split('|').length;
			const rows = (text: string) => text.split('\n').length;
			return (
				0.6 * textSimilarity(a.text, (b as typeof a).text) +
				0.2 * Number(columns(a.text) === columns((b as typeof a).text)) +
				0.2 * countFit(rows(a.text), rows((b as typeof a).text))
			);
		}
		case 'rule':
			return 0.6;
		case 'html':
			return a.text === (b as typeof a).text ? 1 : textSimilarity(a.text, (b as typeof a).text);
		default:
			return textSimilarity(blockText(a), blockText(b));
	}
}

/**
 * How alike an item of the original and one of the translation are, from 0 to 1.
 * @example
 * itemSimilarity(item('Use `uv`'), item('使用 `uv`')) // => high
 */
export function itemSimilarity(a: LangItem, b: LangItem): number {
	const text = textSimilarity(itemText(a), itemText(b));
	return 0.85 * text + 0.15 * Number(a.checked === b.checked);
}
