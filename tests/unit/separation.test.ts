import { describe, expect, it } from 'vitest';
import { auc, falseAccepts, quantiles, topOneShare } from '../../scripts/lexicon/separation';
import type { KnownPair } from '../../scripts/truth/pairs';

describe('measures of separation', () => {
	it('give the chance that a positive scores above a negative, ties counting half', () => {
		expect(auc([0.9, 0.8], [0.1, 0.8])).toBe(0.875);
		expect(auc([1, 1], [1, 1])).toBe(0.5);
	});

	it('give the scores at shares of the way up, and what a threshold lets through', () => {
		expect(quantiles([3, 1, 2, 4], [0.5, 1])).toEqual([2, 4]);
		expect(falseAccepts([0.9, 0.8, 0.7], [0.1, 0.75], 2 / 3)).toEqual({ threshold: 0.8, share: 0 });
	});

	it('count how often a translation outranks its neighbours of the same kind', () => {
		const pair = (index: number, en: string, zh: string): KnownPair => ({
			skill: 's',
			kind: 'list item',
			index,
			en,
			zh,
			enLine: index,
			zhLine: index,
		});
		const pairs = [pair(0, 'a', 'A'), pair(1, 'b', 'B'), pair(2, 'c', 'C')];
		expect(topOneShare(pairs, (en, zh) => Number(en.toUpperCase() === zh), 1)).toBe(1);
		expect(topOneShare(pairs, () => 0, 1)).toBe(0);
	});
});
