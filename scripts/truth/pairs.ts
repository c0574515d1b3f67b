/**
 * The known pairs of the real skills (see ground-truth.ts), and wrong pairs made from them: an
 * English text with the Chinese of another unit of the same kind in the same skill, the mistake
 * an aligner can make.
 */
import type { Truth } from './ground-truth.ts';
import { pick, type Random } from './random.ts';
import { units, type UnitKind } from './units.ts';

/** An English text and its Chinese, with the lines they are on. */
export interface KnownPair {
	skill: string;
	kind: UnitKind;
	/** A code block's language, as its fence names it. */
	lang?: string;
	/** The unit's place in the skill, the same on both sides. */
	index: number;
	en: string;
	zh: string;
	enLine: number;
	zhLine: number;
}

/** A code unit's language, from its shape (`code:bash@list`). */
const langOf = (shape: string) => {
	const lang = /^code:([^@]*)@/.exec(shape)?.[1];
	return lang ? { lang } : {};
};

/**
 * Every unit of the known skills, paired with its translation.
 * @example
 * knownPairs(truths()).length // => 3,328
 */
export function knownPairs(known: Truth[]): KnownPair[] {
	return known.flatMap((truth) => {
		const zh = units(truth.zh, 'SKILL.zh-CN.md');
		return units(truth.en, 'SKILL.md').map((unit, index) => ({
			skill: truth.name,
			kind: unit.kind,
			...langOf(unit.shape),
			index,
			en: unit.text,
			zh: zh[index]!.text,
			enLine: unit.line,
			zhLine: zh[index]!.line,
		}));
	});
}

/**
 * The other units of a pair's kind in its skill, with another text (a repeated one would be no
 * mistake), at most `within` places away: those an aligner could take for its translation.
 * @example
 * rivals(pairs, pairs[4], 3).map((other) => other.index) // => [2, 3, 5, 7]
 */
export function rivals<T extends Omit<KnownPair, 'enLine' | 'zhLine'>>(
	pairs: T[],
	pair: T,
	within = Infinity
): T[] {
	return pairs.filter(
		(other) =>
			other.skill === pair.skill &&
			other.kind === pair.kind &&
			other.zh !== pair.zh &&
			Math.abs(other.index - pair.index) <= within
	);
}

/**
 * For each pair, the same English with the Chinese of one of its rivals, chosen at random among
 * all of them, or among those at most `within` places away: the neighbours an aligner confuses.
 * @example
 * wrongPairs(pairs, seeded(1), 3).every((pair) => pair.zh !== pairs[pair.index].zh) // => true
 */
export function wrongPairs(pairs: KnownPair[], random: Random, within = Infinity): KnownPair[] {
	return pairs.flatMap((pair) => {
		const other = pick(random, rivals(pairs, pair, within));
		return other ? [{ ...pair, zh: other.zh, zhLine: other.zhLine }] : [];
	});
}
