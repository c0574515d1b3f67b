import { languageKeys } from '../i18n/languages';
import { maxBlocks, maxPairs, maxTableCells } from './limits';
import type { Path } from './locate';
import { blockKinds, type BlockKind } from '../schema/block';

/** A problem at a place of the source, before it is located in the file. */
export interface PathProblem {
	path: Path;
	message: string;
	hint: string;
}

type Raw = Record<string, unknown> | undefined;
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Raw =>
	value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
const count = (n: number) => n.toLocaleString('en-US');
const splitHint =
	'Split the skill into several skills, or move long reference material out of the page (link to it instead).';

/**
 * The cells a GFM table is drawn with, at most: its rows times the columns of its delimiter row
 * (`| - | - |`), since a short row is drawn with every column. Read from its lines, unparsed.
 * @example
 * tableCells('| a | b |\n| - | - |\n| 1 |') // => 6
 */
function tableCells(text: string): number {
	const lines = text.trim().split('\n');
	const delimiter = lines[1];
	if (delimiter === undefined) return 0;
	return lines.length * delimiter.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').length;
}

/** Counts what a source holds, and remembers where each count first goes past its limit. */
class Tally {
	pairs = 0;
	blocks = 0;
	cells = 0;
	firstOver: { pairs?: Path; blocks?: Path; cells?: Path } = {};

	add(what: 'pairs' | 'blocks' | 'cells', n: number, limit: number, path: Path) {
		this[what] += n;
		if (this[what] > limit) this.firstOver[what] ??= path;
	}

	pair(value: unknown, path: Path) {
		if (asRecord(value)) this.add('pairs', 1, maxPairs, path);
	}

	blockList(value: unknown, path: Path) {
		asList(value).forEach((item, index) => this.block(asRecord(item), [...path, index]));
	}

	block(block: Raw, path: Path) {
		this.add('blocks', 1, maxBlocks, path);
		for (const kind of blockKinds)
			if (block?.[kind] !== undefined) counts[kind](this, block[kind], [...path, kind]);
	}

	sections(value: unknown, path: Path) {
		asList(value).forEach((item, index) => {
			const section = asRecord(item);
			const at = [...path, index];
			this.pair(section?.['heading'], [...at, 'heading']);
			this.blockList(section?.['body'], [...at, 'body']);
			this.sections(section?.['sections'], [...at, 'sections']);
		});
	}
}

/** What each kind of block counts, read from the source's data before it is checked (one entry
 * per kind of the registry: a kind that holds blocks counts them too). */
const counts: { [K in BlockKind]: (tally: Tally, value: unknown, path: Path) => void } = {
	paragraph: (tally, value, path) => tally.pair(value, path),
	list: (tally, value, path) =>
		asList(value).forEach((item, index) => {
			tally.pair(item, [...path, index]);
			tally.blockList(asRecord(item)?.['body'], [...path, index, 'body']);
		}),
	code: () => {},
	table: (tally, value, path) => {
		const table = asRecord(value);
		if (!table) return;
		tally.pair(table, path);
		for (const key of languageKeys) {
			const text = table[key];
			if (typeof text === 'string')
				tally.add('cells', tableCells(text), maxTableCells, [...path, key]);
		}
	},
	quote: (tally, value, path) => tally.blockList(value, path),
	callout: (tally, value, path) => tally.blockList(value, path),
	rule: () => {},
	html: () => {},
};
/**
 * What a source holds beyond the site's limits on pairs, blocks and table cells, each at the
 * place where its count goes past the limit. Read from the source as written, before any text is
 * parsed: the schema then checks 5,000 pairs, not 100,000. Its depth was checked before
 * (yaml-limits.ts), so the walk recurses.
 * @example
 * skillLimitProblems({ body: Array(5001).fill({ rule: true }) })
 * // => [{ path: ['body', 5000], message: 'is block 5,001 of the skill’s 5,001; a skill may have at most 5,000', hint }]
 */
export function skillLimitProblems(raw: unknown): PathProblem[] {
	const tally = new Tally();
	const skill = asRecord(raw);
	tally.blockList(skill?.['body'], ['body']);
	tally.sections(skill?.['sections'], ['sections']);
	const { pairs, blocks, cells } = tally.firstOver;
	return [
		...(pairs
			? [
					{
						path: pairs,
						message: `is pair ${count(maxPairs + 1)} of the skill’s ${count(tally.pairs)} (headings, paragraphs, list items, tables); a skill may have at most ${count(maxPairs)}`,
						hint: splitHint,
					},
				]
			: []),
		...(blocks
			? [
					{
						path: blocks,
						message: `is block ${count(maxBlocks + 1)} of the skill’s ${count(tally.blocks)}; a skill may have at most ${count(maxBlocks)}`,
						hint: splitHint,
					},
				]
			: []),
		...(cells
			? [
					{
						path: cells,
						message: `brings the skill’s tables past ${count(maxTableCells)} cells (rows × columns, both languages; ${count(tally.cells)} in all), the most a skill may have`,
						hint: `${splitHint} A row with fewer cells than the header is drawn with all of them.`,
					},
				]
			: []),
	];
}
