import type { LangBlock, LangItem } from '../blocks';
import { blockText, codeSimilarity } from './block-similarity';
import type { Evidence, Likeness } from './evidence';
import { isProse, keptCode } from '../../checks/code';

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '').length;
const tableShape = (text: string) => {
	const rows = text.split('\n').filter((line) => line.trim() !== '');
	return `${rows.length}x${rows[0]?.split('|').filter((cell) => cell.trim() !== '').length ?? 0}`;
};

/** What two blocks of code say of each other: the share of the translation's lines that are the
 * original's, their comments and strings' words translated or not (checks/code.ts). */
function codeLikeness(a: string, b: string): Likeness {
	if (a === b) return { score: 1, weight: 0, dictionary: 0, verdict: 'yes' };
	const same = Math.max(codeSimilarity(a, b), keptCode(a, b));
	const verdict =
		same >= 0.5 ? 'yes' : same < 0.15 && lines(a) >= 3 && lines(b) >= 3 ? 'no' : 'maybe';
	return { score: same, weight: 0, dictionary: 0, verdict };
}

/**
 * How alike a block of the original and one of the translation are, and what the evidence says:
 * undefined for blocks of different kinds (which never pair) or tables of different shapes (a
 * pair of tables has the same rows and columns, or the source would be refused).
 * @example
 * blockLikeness(evidence, { kind: 'code', code: 'ls', line: 1 }, { kind: 'code', code: 'ls', line: 3 }) // => { score: 1, verdict: 'yes', … }
 */
export function blockLikeness(
	evidence: Evidence,
	a: LangBlock,
	b: LangBlock
): Likeness | undefined {
	if (a.kind !== b.kind) return undefined;
	switch (a.kind) {
		case 'code':
			// Prose in a fence (a checklist, a decision tree) is translated line by line: it is text.
			return isProse(a.lang)
				? evidence.likeness(a.code, (b as typeof a).code)
				: codeLikeness(a.code, (b as typeof a).code);
		case 'html':
			return a.text === (b as typeof a).text
				? { score: 1, weight: 0, dictionary: 0, verdict: 'yes' }
				: evidence.likeness(a.text, (b as typeof a).text);
		case 'table':
			if (tableShape(a.text) !== tableShape((b as typeof a).text)) return undefined;
			return evidence.likeness(a.text, (b as typeof a).text);
		case 'rule':
			// A rule says nothing; it pairs where its place says (and makes no pair of texts).
			return { score: 0.5, weight: 0, dictionary: 0, verdict: 'maybe' };
		default:
			return evidence.likeness(blockText(a), blockText(b));
	}
}

const itemText = (item: LangItem): string => [item.text, ...item.body.map(blockText)].join('\n');

/**
 * How alike an item of the original and one of the translation are: by their own texts, or,
 * for an item that opens with a nested block, by all they hold.
 * @example
 * itemLikeness(evidence, item('Use `uv`'), item('使用 `uv`')).verdict // => 'yes'
 */
export function itemLikeness(evidence: Evidence, a: LangItem, b: LangItem): Likeness | undefined {
	if ((a.text === '') !== (b.text === '')) return undefined;
	if (a.text === '') return evidence.likeness(itemText(a), itemText(b));
	return evidence.likeness(a.text, b.text);
}
