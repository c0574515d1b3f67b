/**
 * The lexicon's costs: loading it in a fresh process (cold, from the packages' data, and as the
 * site loads it, from the kept index), and what analysing a text and comparing two cost.
 */
import { execFileSync } from 'node:child_process';
import { chineseSide, englishSide } from '../../src/lexicon/sides.ts';
import { compareSides, translationEvidence } from '../../src/lexicon/evidence.ts';
import type { KnownPair } from '../truth/pairs.ts';

export interface LoadCost {
	ms: number;
	heapMB: number;
	rssMB: number;
	externalMB: number;
}

/**
 * Runs load-cost.ts in a new Node process (with `--expose-gc`, so memory is measured settled).
 * @example
 * loadCost(false) // => { ms: 131, heapMB: 10.9, rssMB: 55, externalMB: 5.2 }
 */
export function loadCost(cold: boolean): LoadCost {
	const args = ['--expose-gc', 'scripts/lexicon/load-cost.ts', ...(cold ? ['--cold'] : [])];
	return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as LoadCost;
}

/** Microseconds per call of `work` over `items`, the best of three rounds (the machine is shared). */
function perCall<T>(items: T[], work: (item: T) => unknown): number {
	const rounds = [0, 1, 2].map(() => {
		const start = performance.now();
		for (const item of items) work(item);
		return ((performance.now() - start) * 1000) / items.length;
	});
	return Math.min(...rounds);
}

/**
 * Per-call costs in microseconds over real pairs: analysing an English and a Chinese text, comparing
 * two analysed texts, and both at once (`translationEvidence`).
 * @example
 * callCosts(knownPairs(truths())) // => { english: 8, chinese: 15, compare: 1, evidence: 25 }
 */
export function callCosts(pairs: KnownPair[]) {
	translationEvidence('warm', '预热');
	const sides = pairs.map((pair) => ({ en: englishSide(pair.en), zh: chineseSide(pair.zh) }));
	return {
		english: perCall(pairs, (pair) => englishSide(pair.en)),
		chinese: perCall(pairs, (pair) => chineseSide(pair.zh)),
		compare: perCall(sides, ({ en, zh }) => compareSides(en, zh)),
		evidence: perCall(pairs, (pair) => translationEvidence(pair.en, pair.zh)),
	};
}
