import { languages } from '../i18n/languages';
import { original, translation } from './align/pairing';
import type { Tally, Unpaired } from './align/tally';

/** One imported skill, as the report shows it. */
export interface ReportRow {
	name: string;
	tally: Tally;
	/** Texts whose translation came from the previous source. */
	kept: number;
	/** Whether a translation file was given. */
	translated: boolean;
}

const [originalName, translationName] = [languages[original].name, languages[translation].name];

/**
 * The short table of what pairing found, one row per skill and a total when there are several:
 * paired, in the original only (kept, marked untranslated), in the translation only (listed, not
 * published).
 * @example
 * reportTable([{ name: 'crewai', tally, kept: 0, translated: true }])
 * // => '| skill | paired | English only | Chinese only |\n|---|---:|---:|---:|\n| crewai | 32 | 19 | 127 |'
 */
export function reportTable(rows: ReportRow[]): string {
	const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
	const total = (count: (row: ReportRow) => number) =>
		rows.reduce((sum, row) => sum + count(row), 0);
	const lines = [
		line(['skill', 'paired', `${originalName} only`, `${translationName} only`]),
		'|---|---:|---:|---:|',
		...rows.map(({ name, tally }) =>
			line([name, tally.paired, tally.originalOnly.length, tally.translationOnly.length])
		),
	];
	if (rows.length > 1)
		lines.push(
			line([
				`**${rows.length} skills**`,
				total((row) => row.tally.paired),
				total((row) => row.tally.originalOnly.length),
				total((row) => row.tally.translationOnly.length),
			])
		);
	return lines.join('\n');
}

const listed = (title: string, entries: Unpaired[]) =>
	entries.length === 0
		? []
		: [title, ...entries.map(({ at, what, excerpt }) => `  ${at}  ${what}: ${excerpt}`)];

/**
 * Every unpaired text of one skill with its file:line, so that nothing is guessed silently.
 * @example
 * reportDetails(row) // => 'English only (kept, marked untranslated):\n  crewai/SKILL.md:12  paragraph: …'
 */
export function reportDetails({ tally, kept, translated }: ReportRow): string {
	return [
		...(translated
			? listed(`${originalName} only (kept, marked untranslated):`, tally.originalOnly)
			: []),
		...listed(`${translationName} only (not published):`, tally.translationOnly),
		...listed('Kept as raw Markdown (the format has no kind for it):', tally.raw),
		...(kept > 0 ? [`${kept} texts kept their translation from the previous source.`] : []),
	].join('\n');
}
