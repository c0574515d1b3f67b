import { languageKeys } from '../i18n/languages';
import { describeFinding } from '../checks/describe';
import type { ShownPair } from '../model/shown';
import { pairStates, sectionTrails, type SkillCensus } from './census';
import { plainDiff, wordDiff, type DiffPart } from './word-diff';

/** How a report writes a word diff: plain `[-old-]{+new+}`, or with a terminal's colours. */
export type DiffStyle = (parts: DiffPart[]) => string;

/** What the report knows beyond the source: the former originals found in its history, and
 * where each pair is written. */
export interface ReportInput {
	census: SkillCensus;
	/** Original texts by fingerprint, from the source's history (history.ts); may be empty. */
	former: Map<string, string>;
	/** Where a translation is written in the source, `file:line:col`, when it is known. */
	where?: ((pair: ShownPair) => string | undefined) | undefined;
}

const stateNames = {
	translated: 'translated',
	machine: 'machine-translated',
	review: 'to review',
	outdated: 'outdated',
	untranslated: 'untranslated',
} as const;

/**
 * One skill's lines of `npm run translations`: its counts, then each translation to look at, at
 * its place in the source (`file:line:col`) with its section and anchor: an outdated one with the
 * word diff from the original it was made from (when the history knows it) to the original now; a
 * flagged one with what the checks found; an unreviewed machine translation; and the texts.
 * @example
 * textReport({ census: census(model), former: new Map(), where })
 * // => ['mlops-engineer: 184 pairs: 182 translated, 0 machine-translated, 0 to review, 1 outdated, 0 untranslated', '  content/skills/mlops-engineer/skill.yaml:71:17  outdated  Capabilities › … #aws-mlops-stack.2', …]
 */
export function textReport(
	{ census: report, former, where }: ReportInput,
	style: DiffStyle = plainDiff
): string[] {
	const { model, counts, total, open } = report;
	const original = languageKeys[0];
	const trails = sectionTrails(model);
	const tally = pairStates.map((state) => `${counts[state]} ${stateNames[state]}`).join(', ');
	const lines = [`${model.name}: ${total} pairs: ${tally}`];
	for (const { place, key, shown } of open) {
		const trail = place.section ? trails.get(place.section.id)! : [];
		const section = trail.map((s) => s.heading[original].plain).join(' › ') || '(top)';
		const at = where?.(place.pair);
		const rules =
			shown.status === 'review' ? ` (${shown.findings!.map((f) => f.rule).join(', ')})` : '';
		lines.push(
			`  ${at ? `${at}  ` : ''}${stateNames[shown.status]}${rules}  ${section}  #${place.anchor}`
		);
		const was = shown.madeFrom ? former.get(shown.madeFrom) : undefined;
		if (shown.status === 'outdated') {
			lines.push(
				was === undefined
					? `    ${original} was: (not in the source's history)`
					: `    ${original} change: ${style(wordDiff(was, shown.original.markdown))}`
			);
		}
		for (const finding of shown.status === 'review' ? shown.findings! : [])
			lines.push(`    ${describeFinding(finding, original)}`);
		lines.push(`    ${original} now: ${shown.original.markdown}`);
		lines.push(`    ${key}: ${shown.markdown}`);
	}
	return lines;
}

/**
 * Whether a skill needs work before it can be called translated: an outdated translation, one the
 * checks flag that no one has reviewed, or a pair without one. Unreviewed machine translations are
 * disclosed, not missing.
 * @example
 * needsWork(census(model)) // => 'mlops-engineer: 1 outdated, 0 to review, 0 untranslated'
 */
export function needsWork({ model, counts }: SkillCensus): string | undefined {
	if (counts.outdated + counts.review + counts.untranslated === 0) return undefined;
	return `${model.name}: ${counts.outdated} outdated, ${counts.review} to review, ${counts.untranslated} untranslated`;
}
