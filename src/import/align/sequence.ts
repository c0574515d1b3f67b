/** One step of an alignment: an index on both sides (a pair), or on one side only. */
export interface Step {
	a?: number;
	b?: number;
}

/**
 * Aligns two sequences in order, as a translation follows its original: the pairing with the
 * greatest total score (dynamic programming, as in Needleman–Wunsch, with free gaps). Only
 * elements whose score is above zero may pair, so a score is "similarity minus the least
 * similarity worth pairing", and an element with no counterpart is left on its own. The score
 * also gets both indices, to weigh where the two elements stand in their sequences.
 * @example
 * alignSequences([1, 2, 3], [2, 3], (x, y) => (x === y ? 1 : -1))
 * // => [{ a: 0 }, { a: 1, b: 0 }, { a: 2, b: 1 }]
 */
export function alignSequences<A, B>(
	a: readonly A[],
	b: readonly B[],
	score: (x: A, y: B, i: number, j: number) => number
): Step[] {
	const width = b.length + 1;
	// best[i * width + j]: the best total for a[i..] and b[j..].
	const best = new Float64Array((a.length + 1) * width);
	const pairScore = new Float64Array(a.length * b.length);
	for (let i = a.length; i >= 0; i--) {
		for (let j = b.length; j >= 0; j--) {
			if (i === a.length || j === b.length) continue;
			const s = score(a[i]!, b[j]!, i, j);
			pairScore[i * b.length + j] = s;
			const skip = Math.max(best[(i + 1) * width + j]!, best[i * width + j + 1]!);
			best[i * width + j] = s > 0 ? Math.max(skip, s + best[(i + 1) * width + j + 1]!) : skip;
		}
	}
	const steps: Step[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i === a.length) steps.push({ b: j++ });
		else if (j === b.length) steps.push({ a: i++ });
		else {
			const s = pairScore[i * b.length + j]!;
			const here = best[i * width + j]!;
			if (s > 0 && here === s + best[(i + 1) * width + j + 1]!) steps.push({ a: i++, b: j++ });
			else if (here === best[(i + 1) * width + j]!) steps.push({ a: i++ });
			else steps.push({ b: j++ });
		}
	}
	return steps;
}
