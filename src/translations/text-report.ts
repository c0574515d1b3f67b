import { languageKeys } from '../i18n/languages';
import { pairStates, sectionTrails, type SkillCensus } from './census';
import { plainDiff, wordDiff, type DiffPart } from './word-diff';

/** How a report writes a word diff: plain `[-old-]{+new+}`, or with a terminal's colours. */
export type DiffStyle = (parts: DiffPart[]) => string;

/** What the report knows beyond the source: the former originals found in its history. */
export interface ReportInput {
	census: SkillCensus;
	/** Original texts by fingerprint, from the source's history (history.ts); may be empty. */
	former: Map<string, string>;
}

const stateNames = {
	translated: 'translated',
	machine: 'machine-translated',
	outdated: 'outdated',
	untranslated: 'untranslated',
} as const;

/**
 * One skill's lines of `npm run translations`: its counts, then each outdated translation with
 * its section and anchor, the word diff from the original it was made from (when the history
 * knows it) to the original now, and the translation; then the unreviewed machine translations.
 * @example
 * textReport({ census: census(model), former: new Map() })
 * // => ['mlops-engineer: 182 pairs: 181 translated, 0 machine-translated, 1 outdated, 0 untranslated', '  outdated  Capabilities › … #aws-mlops-stack.2', …]
 */
export function textReport(
	{ census: report, former }: ReportInput,
	style: DiffStyle = plainDiff
): string[] {
	const { model, counts, total, open } = report;
	const original = languageKeys[0];
	const trails = sectionTrails(model);
	const tally = pairStates.map((state) => `${counts[state]} ${stateNames[state]}`).join(', ');
	const lines = [`${model.name}: ${total} pairs: ${tally}`];
	for (const { place, key, shown } of open) {
		const trail = place.section ? trails.get(place.section.id)! : [];
		const where = trail.map((section) => section.heading[original].plain).join(' › ') || '(top)';
		lines.push(`  ${stateNames[shown.status]}  ${where}  #${place.anchor}`);
		const was = shown.madeFrom ? former.get(shown.madeFrom) : undefined;
		if (shown.status === 'outdated') {
			lines.push(
				was === undefined
					? `    ${original} was: (not in the source's history)`
					: `    ${original} change: ${style(wordDiff(was, shown.original.markdown))}`
			);
		}
		lines.push(`    ${original} now: ${shown.original.markdown}`);
		lines.push(`    ${key}: ${shown.markdown}`);
	}
	return lines;
}

/**
 * Whether a skill needs work before it can be called translated: an outdated translation, or a
 * pair without one. Unreviewed machine translations are disclosed, not missing.
 * @example
 * needsWork(census(model)) // => 'mlops-engineer: 1 outdated, 0 untranslated'
 */
export function needsWork({ model, counts }: SkillCensus): string | undefined {
	if (counts.outdated + counts.untranslated === 0) return undefined;
	return `${model.name}: ${counts.outdated} outdated, ${counts.untranslated} untranslated`;
}
