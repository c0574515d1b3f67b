/**
 * Runs a pair check over unchanged true pairs and over the same pairs altered, and counts what
 * it flags: the share of altered pairs flagged per alteration (issue 19: at least 90 %), and of
 * unchanged pairs (at most 3 %).
 */
import { hashSeed, seeded } from '../truth/random.ts';
import { alterations } from './alterations.ts';
import type { Finding, PairCheck } from './pair.ts';
import type { SetPair } from './sets.ts';

/** How a check did on one set of pairs. */
export interface CheckResult {
	name: string;
	pairs: number;
	flagged: number;
	/** How often each rule fired. */
	rules: Record<string, number>;
	/** Pairs it got wrong (missed when altered, flagged when unchanged), to look into. */
	examples: { pair: SetPair; findings: Finding[] }[];
}

function measure(
	name: string,
	pairs: SetPair[],
	check: PairCheck,
	wrongWhenFlagged: boolean
): CheckResult {
	const result: CheckResult = { name, pairs: pairs.length, flagged: 0, rules: {}, examples: [] };
	for (const pair of pairs) {
		const findings = check(pair);
		if (findings.length > 0) result.flagged++;
		for (const { rule } of findings) result.rules[rule] = (result.rules[rule] ?? 0) + 1;
		if (findings.length > 0 === wrongWhenFlagged) result.examples.push({ pair, findings });
	}
	return result;
}

/**
 * The check on the unchanged sets, then on each alteration of all their pairs (one altered copy
 * of each pair it applies to, seeded by the pair's place).
 * @example
 * runPairCheck(tokenCheck, { seed: seedPairs(), real: realPairs() }).altered[0] // => { name: 'a number changed', pairs: 412, flagged: 412, … }
 */
export function runPairCheck(check: PairCheck, sets: Record<string, SetPair[]>) {
	const all = Object.values(sets).flat();
	const unchanged = Object.entries(sets).map(([name, pairs]) => measure(name, pairs, check, true));
	const altered = Object.entries(alterations).map(([name, alter]) => {
		const changed = all.flatMap((pair) => {
			const zh = alter(pair, { random: seeded(hashSeed(`${pair.at}/${name}`, 0)), pairs: all });
			return zh === undefined || zh === pair.zh ? [] : [{ ...pair, zh }];
		});
		return measure(name, changed, check, false);
	});
	return { unchanged, altered };
}
