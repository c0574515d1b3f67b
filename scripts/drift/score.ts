/**
 * How right an import's pairs are, against the known answer: the English unit i of the base is
 * the translation of the Chinese unit i, wherever a variant put that unit, and whatever pieces a
 * split or merge made of it.
 */
import type { Tally } from '../../src/import/align/tally.ts';
import type { Made } from './read-pairs.ts';
import type { Traced } from './variant.ts';

/** The counts precision and recall are made of. */
export interface Score {
	/** Pairs the import made. */
	made: number;
	/** Of them, pairs of a unit and its translation (or a piece of it, or a merge holding it). */
	right: number;
	/** The most true pairs an import could make: a matching of the true pairs still there. */
	possible: number;
	/** Pairs whose translated text is no unit of the variant (a bug to look into, counted wrong). */
	unknown: number;
	/** The wrong pairs: an English unit by its index, and the variant's unit it was given. */
	wrong: { en: number; zh: Traced | undefined }[];
}

/** The largest set of true pairs with no unit in two (Kuhn's augmenting paths; the graphs are tiny). */
function largestMatching(edges: number[][]): number {
	const owner = new Map<number, number>();
	const augment = (en: number, seen: Set<number>): boolean =>
		edges[en]!.some((zh) => {
			if (seen.has(zh)) return false;
			seen.add(zh);
			const other = owner.get(zh);
			if (other === undefined || augment(other, seen)) {
				owner.set(zh, en);
				return true;
			}
			return false;
		});
	return edges.reduce((count, _, en) => count + Number(augment(en, new Set())), 0);
}

/**
 * Scores an import's pairs. A translated text is taken to be the variant's unit with that text
 * that the tally does not list as the translation's alone and no other pair took; of several such
 * (the same text twice), the true one if it is among them.
 * @example
 * scorePairs(made, traced, englishCount, tally, 'SKILL.zh-CN.md') // => { made: 120, right: 118, possible: 121, unknown: 0, wrong: [{ en: 7, zh: … }, …] }
 */
export function scorePairs(
	made: Made[],
	traced: Traced[],
	englishCount: number,
	tally: Tally,
	file: string
): Score {
	const alone = new Set(tally.translationOnly.map(({ at }) => at));
	const taken = new Set<number>();
	let right = 0;
	let unknown = 0;
	const wrong: Score['wrong'] = [];
	for (const { en, zh } of made) {
		const candidates = traced.flatMap((unit, index) =>
			unit.text === zh && !taken.has(index) && !alone.has(`${file}:${unit.line}`) ? [index] : []
		);
		const chosen = candidates.find((index) => traced[index]!.origins.includes(en)) ?? candidates[0];
		if (chosen !== undefined) taken.add(chosen);
		if (chosen === undefined) unknown++;
		if (chosen !== undefined && traced[chosen]!.origins.includes(en)) right++;
		else wrong.push({ en, zh: chosen === undefined ? undefined : traced[chosen] });
	}
	const edges = Array.from({ length: englishCount }, (_, en) =>
		traced.flatMap((unit, index) => (unit.origins.includes(en) ? [index] : []))
	);
	return { made: made.length, right, possible: largestMatching(edges), unknown, wrong };
}
