/**
 * The pair-check benchmark's results as Markdown: the share flagged per alteration and per set of
 * unchanged pairs, against issue 19's budgets, with pairs it got wrong to look into.
 */
import type { CheckResult } from './run.ts';

/** Issue 19's budgets: altered pairs flagged, unchanged pairs flagged. */
const budgets = { altered: 0.9, unchanged: 0.03 };

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 80);
const rules = (result: CheckResult) =>
	Object.entries(result.rules)
		.sort((a, b) => b[1] - a[1])
		.map(([rule, count]) => `${rule} ${count}`)
		.join(', ') || '–';

/**
 * The report: one table for altered pairs, one for unchanged ones, and up to `examples` pairs
 * the check got wrong in each row.
 * @example
 * pairCheckReport(runPairCheck(tokenCheck, sets), 3) // => '| Alteration | Pairs | Flagged | … |'
 */
export function pairCheckReport(
	{ unchanged, altered }: { unchanged: CheckResult[]; altered: CheckResult[] },
	examples = 5
): string {
	const row = (result: CheckResult, budget: (share: number) => boolean) => {
		const share = result.pairs === 0 ? 0 : result.flagged / result.pairs;
		return `| ${result.name} | ${result.pairs} | ${percent(share)} | ${budget(share) ? 'yes' : 'no'} | ${rules(result)} |`;
	};
	const wrong = [...altered, ...unchanged].flatMap((result) =>
		result.examples.length === 0
			? []
			: [
					`- **${result.name}** (${result.examples.length}):`,
					...result.examples
						.slice(0, examples)
						.map(
							({ pair, findings }) =>
								`  - ${pair.at} “${cell(pair.en)}” ↔ “${cell(pair.zh)}”${findings.length > 0 ? ` (${findings.map((f) => f.rule).join(', ')})` : ''}`
						),
				]
	);
	return [
		`| Alteration of the Chinese | Pairs | Flagged | At least ${percent(budgets.altered)} | Rules that fired |`,
		'| --- | ---: | ---: | :---: | --- |',
		...altered.map((result) => row(result, (share) => share >= budgets.altered)),
		'',
		`| Unchanged pairs | Pairs | Flagged | At most ${percent(budgets.unchanged)} | Rules that fired |`,
		'| --- | ---: | ---: | :---: | --- |',
		...unchanged.map((result) => row(result, (share) => share <= budgets.unchanged)),
		'',
		...(wrong.length > 0
			? ['Pairs the check got wrong (altered and passed, or unchanged and flagged):', '', ...wrong]
			: []),
	].join('\n');
}
