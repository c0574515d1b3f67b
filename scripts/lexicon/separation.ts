/**
 * How well a score tells true pairs from wrong ones: ROC AUC (the chance that a true pair scores
 * above a wrong one), where each group's scores lie, and how often the translation outranks its
 * neighbours.
 */
import { rivals, type KnownPair } from '../truth/pairs.ts';

/**
 * The area under the ROC curve of scores of positives against negatives (ties count half).
 * @example
 * auc([0.9, 0.8], [0.1, 0.8]) // => 0.875
 */
export function auc(positives: number[], negatives: number[]): number {
	// Rank-sum (Mann–Whitney U): sort all once instead of comparing every two.
	const all = [
		...positives.map((score) => ({ score, positive: true })),
		...negatives.map((score) => ({ score, positive: false })),
	].sort((a, b) => a.score - b.score);
	let rankSum = 0;
	for (let start = 0; start < all.length;) {
		let end = start;
		while (end < all.length && all[end]!.score === all[start]!.score) end++;
		const rank = (start + end + 1) / 2;
		for (let i = start; i < end; i++) if (all[i]!.positive) rankSum += rank;
		start = end;
	}
	const n = positives.length;
	return (rankSum - (n * (n + 1)) / 2) / (n * negatives.length);
}

/**
 * Scores at the given shares of the way up (nearest rank).
 * @example
 * quantiles([3, 1, 2, 4], [0.5, 1]) // => [2, 4]
 */
export function quantiles(scores: number[], at: number[]): number[] {
	const sorted = [...scores].sort((a, b) => a - b);
	return at.map(
		(share) =>
			sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!
	);
}

/**
 * The score above which a share `keep` of the positives lie, and the share of negatives above it
 * too: what a threshold that keeps most true pairs lets through.
 * @example
 * falseAccepts([0.9, 0.8, 0.7], [0.1, 0.75], 2 / 3) // => { threshold: 0.8, share: 0 }
 */
export function falseAccepts(positives: number[], negatives: number[], keep: number) {
	const descending = [...positives].sort((a, b) => b - a);
	const threshold = descending[Math.max(0, Math.ceil(keep * descending.length) - 1)]!;
	return {
		threshold,
		share: negatives.filter((score) => score >= threshold).length / negatives.length,
	};
}

/**
 * The share of English texts whose own translation scores highest among their rivals (the Chinese
 * texts of the same kind and skill at most `within` places away; ties count as misses): how often
 * the score alone would pick the right neighbour.
 * @example
 * topOneShare(pairs, (en, zh) => translationEvidence(en, zh).score, 3) // => 0.96
 */
export function topOneShare(
	pairs: KnownPair[],
	score: (en: string, zh: string) => number,
	within: number
): number {
	let right = 0;
	let asked = 0;
	for (const pair of pairs) {
		const others = rivals(pairs, pair, within);
		if (others.length === 0) continue;
		asked++;
		const own = score(pair.en, pair.zh);
		if (others.every((rival) => score(pair.en, rival.zh) < own)) right++;
	}
	return right / asked;
}
