/**
 * The drift benchmark's results as Markdown: precision and recall per condition, and the wrong
 * pairs themselves, to look into.
 */
import type { Outcome } from './run.ts';

/** The sums of one condition. */
export interface ConditionResult {
	condition: string;
	variants: number;
	skills: number;
	made: number;
	right: number;
	possible: number;
	/** Share of the pairs made that are true. */
	precision: number;
	/** Share of the true pairs still there that were made. */
	recall: number;
	/** Variants with at least one wrong pair. */
	withWrong: number;
	/** Of those, variants whose report listed nothing more than the unchanged translation's. */
	silent: number;
}

/**
 * Sums the outcomes per condition, in the order they came (pairs pooled over all variants).
 * @example
 * summarize(outcomes)[0] // => { condition: 'unchanged', precision: 0.9997, recall: 0.998, … }
 */
export function summarize(outcomes: Outcome[]): ConditionResult[] {
	const baseline = new Map(
		outcomes.filter((o) => o.condition === 'unchanged').map((o) => [o.skill, o.listed])
	);
	const conditions = [...new Set(outcomes.map((outcome) => outcome.condition))];
	return conditions.map((condition) => {
		const some = outcomes.filter((outcome) => outcome.condition === condition);
		const sum = (key: 'made' | 'right' | 'possible') =>
			some.reduce((total, outcome) => total + outcome[key], 0);
		const [made, right, possible] = [sum('made'), sum('right'), sum('possible')];
		const withWrong = some.filter((outcome) => outcome.wrong.length > 0);
		return {
			condition,
			variants: some.length,
			skills: new Set(some.map((outcome) => outcome.skill)).size,
			made,
			right,
			possible,
			precision: made === 0 ? 1 : right / made,
			recall: possible === 0 ? 1 : right / possible,
			withWrong: withWrong.length,
			silent: withWrong.filter((outcome) => outcome.listed <= (baseline.get(outcome.skill) ?? 0))
				.length,
		};
	});
}

const percent = (share: number) => `${(share * 100).toFixed(2)} %`;
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 70);

/**
 * The report: a table of conditions, then up to `examples` wrong pairs per condition.
 * @example
 * driftReport(outcomes, 3) // => '| Condition | Variants | … |\n| unchanged | 33 | … |'
 */
export function driftReport(outcomes: Outcome[], examples = 5): string {
	const rows = summarize(outcomes).map((result) =>
		[
			result.condition,
			result.variants,
			result.skills,
			result.made,
			percent(result.precision),
			percent(result.recall),
			result.withWrong,
			result.silent,
		].join(' | ')
	);
	const wrong = [...new Set(outcomes.map((outcome) => outcome.condition))].flatMap((condition) => {
		const found = outcomes
			.filter((o) => o.condition === condition)
			.flatMap((o) => o.wrong.map((pair) => ({ ...pair, skill: o.skill, seed: o.seed })));
		return found.length === 0
			? []
			: [
					`- **${condition}** (${found.length} wrong pairs):`,
					...found
						.slice(0, examples)
						.map(
							(pair) =>
								`  - ${pair.skill} (seed ${pair.seed}): SKILL.md:${pair.enLine} “${cell(pair.en)}” ↔ SKILL.zh-CN.md:${pair.zhLine} “${cell(pair.zh)}”`
						),
				];
	});
	return [
		'| Condition | Variants | Skills | Pairs made | Precision | Recall | Variants with a wrong pair | … whose report lists nothing more |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map((row) => `| ${row} |`),
		'',
		...(wrong.length > 0
			? ['Wrong pairs (English line ↔ the Chinese it was given):', '', ...wrong]
			: []),
	].join('\n');
}
