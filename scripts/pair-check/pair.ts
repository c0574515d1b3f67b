/**
 * What a pair check is given and what it says: the shape the benchmark runs any check through,
 * whatever the site's own check (issue 19) turns out to be.
 */
import type { UnitKind } from '../truth/units.ts';

/** A pair as a check sees it: what it is, both texts, and where it is (for a finding's line). */
export interface CheckedPair {
	kind: UnitKind | 'title' | 'description';
	en: string;
	zh: string;
	/** A code block's language, as its fence names it (checks tell code from prose by it). */
	lang?: string | undefined;
	/** `skill:line` of the English, to find it again. */
	at: string;
}

/** Something a check found wrong with a pair. */
export interface Finding {
	/** The rule it breaks: `number`, `inline code`, `link`, `modal`, `negation`, `dictionary` … */
	rule: string;
	message?: string;
}

/** A check of every pair: none found means the pair passes. */
export type PairCheck = (pair: CheckedPair) => Finding[];
