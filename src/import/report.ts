import { languages } from '../i18n/languages';
import { original, translation } from './align/pairing';
import type { Tally } from './align/tally';
import type { Skipped } from './find-skills';

/** One imported skill, as the report shows it. */
export interface ReportRow {
	name: string;
	tally: Tally;
	/** Texts whose translation came from the previous source. */
	kept: number;
	/** Whether a translation file was given. */
	translated: boolean;
	/** What happened to it (import-all.ts): written, unchanged, refused … */
	done?: string;
	/** Things to say beside it: how a file was read, a translation of another name paired. */
	notes?: string[];
}

/**
 * The languages' names as the report says them.
 * @example
 * `${originalName} only` // => 'English only'
 */
export const [originalName, translationName] = [
	languages[original].name,
	languages[translation].name,
];

const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The counts of a tally, in the table's order: paired, unsure, original only, translation only. */
const counts = ({ tally }: ReportRow) => [
	tally.paired,
	tally.unsure.length,
	tally.originalOnly.length,
	tally.translationOnly.length,
];

/** How many rows are in each state: `38 written, 2 unchanged`. */
const byState = (rows: ReportRow[]) => {
	const states = new Map<string, number>();
	for (const { done } of rows) if (done) states.set(done, (states.get(done) ?? 0) + 1);
	return [...states].map(([state, count]) => `${count} ${state}`).join(', ');
};

/**
 * The table of how sure the import is, one row per skill and a total when there are several:
 * pairs made, pairs left apart because the evidence was unsure, texts in the original only (kept,
 * marked untranslated) and in the translation only (listed, not published), and what was done.
 * @example
 * reportTable([{ name: 'crewai', tally, kept: 0, translated: true, done: 'written' }])
 * // => '| skill | done | paired | unsure | English only | Chinese only |\n|---|---|---:|---:|---:|---:|\n| crewai | written | 19 | 3 | 26 | 130 |'
 */
export function reportTable(rows: ReportRow[]): string {
	const lines = [
		line(['skill', 'done', 'paired', 'unsure', `${originalName} only`, `${translationName} only`]),
		'|---|---|---:|---:|---:|---:|',
		...rows.map((row) => line([row.name, row.done ?? '', ...counts(row)])),
	];
	if (rows.length > 1) {
		const total = rows.map(counts).reduce((sum, row) => sum.map((value, at) => value + row[at]!));
		lines.push(line([`**${rows.length} skills**`, byState(rows), ...total]));
	}
	return lines.join('\n');
}

/**
 * What was not imported, and why: skills refused (the site's problems are printed apart), sources
 * an import would replace without `--update`, translations of another skill, translations with
 * no original. Empty when everything was imported.
 * @example
 * notImported([{ name: 'crewai', file: 'content/skills/crewai/skill.yaml', done: 'would replace', … }], [])
 * // => 'Not imported:\n  would replace  content/skills/crewai/skill.yaml: …; run again with --update to replace it'
 */
export function notImported(rows: (ReportRow & { file: string })[], skipped: Skipped[]): string {
	const entries = [
		...rows
			.filter(({ done }) => done === 'refused')
			.map(({ file }) => `  refused  ${file}: not written; the site's problems with it are below`),
		...rows
			.filter(({ done }) => done === 'would replace')
			.map(
				({ file }) =>
					`  would replace  ${file}: left as it is (see what would change above); run again with --update to replace it`
			),
		...skipped.map(({ reason, message }) => `  ${reason}  ${message.split('\n')[0]}`),
	];
	return entries.length === 0 ? '' : ['Not imported:', ...entries].join('\n');
}
