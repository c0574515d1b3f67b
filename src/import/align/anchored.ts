import type { Verdict } from './evidence';
import type { Step } from './sequence';

/** An alignment's step, with what the evidence says of it when it pairs two elements. */
export type Judged = Step & { verdict?: Verdict };

/**
 * Which pairs of an alignment to make, preferring an element left unpaired to a wrong pair: a
 * pair the evidence is sure of (`yes`); and a pair it cannot tell (`maybe`: a short text, a heading
 * the dictionary misses) only where its place says it, in a run of such pairs with no element
 * left out on either side, between two sure pairs or the ends of a container that is itself a
 * sure pair (`edges`), so that the run has as many elements on each side and nothing can have
 * slipped. A pair the evidence speaks against (`no`) is never made. The rest are returned apart,
 * each side alone, with the pair it was (`unsure`) so that a report can show both.
 * @example
 * anchoredSteps([{ a: 0, b: 0, verdict: 'yes' }, { a: 1, b: 1, verdict: 'maybe' }, { a: 2, b: 2, verdict: 'yes' }], true)
 * // => { steps: [{ a: 0, b: 0 }, { a: 1, b: 1 }, { a: 2, b: 2 }], unsure: [] }
 * anchoredSteps([{ a: 0, b: 0, verdict: 'maybe' }, { a: 1 }], false)
 * // => { steps: [{ a: 0 }, { b: 0 }, { a: 1 }], unsure: [{ a: 0, b: 0 }] }
 */
export function anchoredSteps(
	judged: readonly Judged[],
	edges: boolean
): { steps: Step[]; unsure: Required<Step>[] } {
	const pairs = (step: Judged): step is Required<Step> & { verdict?: Verdict } =>
		step.a !== undefined && step.b !== undefined;
	const accepted = judged.map((step) => pairs(step) && step.verdict === 'yes');
	for (let start = 0; start < judged.length;) {
		if (!pairs(judged[start]!) || judged[start]!.verdict !== 'maybe') {
			start++;
			continue;
		}
		let end = start;
		while (
			end + 1 < judged.length &&
			pairs(judged[end + 1]!) &&
			judged[end + 1]!.verdict === 'maybe'
		)
			end++;
		const bound = (at: number) => (at < 0 || at >= judged.length ? edges : accepted[at]!);
		if (bound(start - 1) && bound(end + 1)) for (let i = start; i <= end; i++) accepted[i] = true;
		start = end + 1;
	}
	const steps: Step[] = [];
	const unsure: Required<Step>[] = [];
	judged.forEach((step, index) => {
		if (!pairs(step))
			return void steps.push({
				...(step.a === undefined ? {} : { a: step.a }),
				...(step.b === undefined ? {} : { b: step.b }),
			});
		if (accepted[index]) return void steps.push({ a: step.a, b: step.b });
		steps.push({ a: step.a }, { b: step.b });
		unsure.push({ a: step.a, b: step.b });
	});
	return { steps, unsure };
}
