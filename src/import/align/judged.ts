import { anchoredSteps } from './anchored';
import type { Likeness } from './evidence';
import { alignSequences, type Step } from './sequence';
import { positionFit } from './similarity';

/** Pairs below this score are left for the evidence of their place only if nothing better is. */
const least = 0.25;
/** The dictionary says an element is another's when it says this much more, and this much. */
const [margin, claimed] = [0.1, 0.3];

/**
 * Aligns an original's elements with a translation's in order, the pairs the evidence allows
 * (`like` says how alike two elements are and what that says; undefined where they cannot pair),
 * keeping only pairs it is sure of or whose place is (see anchored.ts): `edges` says whether the
 * two sequences are a container's whole contents, themselves a sure pair. Returns the steps, and
 * the pairs left apart as unsure.
 * @example
 * alignJudged(englishItems, chineseItems, (x, y) => itemLikeness(evidence, x, y), { edges: true })
 * // => { steps: [{ a: 0, b: 0 }, { a: 1 }, …], unsure: [{ a: 1, b: 1 }] }
 */
export function alignJudged<A, B>(
	a: readonly A[],
	b: readonly B[],
	like: (x: A, y: B) => Likeness | undefined,
	{ edges, position = 0.2 }: { edges: boolean; position?: number }
): { steps: Step[]; unsure: Required<Step>[] } {
	const known = new Map<number, Likeness | undefined>();
	const likeness = (i: number, j: number) => {
		const key = i * (b.length + 1) + j;
		if (!known.has(key)) known.set(key, like(a[i]!, b[j]!));
		return known.get(key);
	};

	const steps = alignSequences(a, b, (_x, _y, i, j) => {
		const found = likeness(i, j);
		if (!found || found.verdict === 'no') return -1;
		return (1 - position) * found.score + position * positionFit(i, a.length, j, b.length) - least;
	});
	// A pair the evidence cannot tell is no pair when the dictionary says either of its elements
	// is another's (the most it says for either of the two): the run it is in has slipped (a unit
	// deleted, another inserted).
	const dictionaryOf = (i: number, j: number) => likeness(i, j)?.dictionary ?? 0;
	const claims = (i: number, j: number, than: Likeness) =>
		dictionaryOf(i, j) >= claimed &&
		dictionaryOf(i, j) > than.dictionary + margin &&
		b.every((_, k) => dictionaryOf(i, k) <= dictionaryOf(i, j)) &&
		a.every((_, k) => dictionaryOf(k, j) <= dictionaryOf(i, j));
	const judged = steps.map((step) => {
		if (step.a === undefined || step.b === undefined) return step;
		const found = likeness(step.a, step.b)!;
		const taken =
			found.verdict === 'maybe' &&
			(b.some((_, j) => j !== step.b && claims(step.a!, j, found)) ||
				a.some((_, i) => i !== step.a && claims(i, step.b!, found)));
		return { ...step, verdict: taken ? ('no' as const) : found.verdict };
	});
	return anchoredSteps(judged, edges);
}
