import { excerpt, type Unpaired } from './align/tally';
import type { SourceChanges } from './changes';
import { originalName, translationName, type ReportRow } from './report';

const listed = (title: string, entries: Unpaired[]) =>
	entries.length === 0
		? []
		: [title, ...entries.map(({ at, what, excerpt }) => `  ${at}  ${what}: ${excerpt}`)];

/**
 * The pairs left apart because the evidence was unsure, each with both texts' places and first
 * words, so that a reader can look at both and pair them by hand if they are each other's.
 * @example
 * unsureDetails(tally.unsure)
 * // => ['Unsure, not paired (…):', '  heading', '    English  crewai/SKILL.md:40  Anti-Patterns', '    Chinese  crewai/SKILL.zh-CN.md:52  3. Agents see …']
 */
function unsureDetails(unsure: ReportRow['tally']['unsure']): string[] {
	if (unsure.length === 0) return [];
	return [
		`Unsure, not paired (the ${originalName} is kept, marked untranslated; the ${translationName} is not published):`,
		...unsure.flatMap(({ what, original, translation }) => [
			`  ${what}`,
			`    ${originalName}  ${original.at}  ${original.excerpt}`,
			`    ${translationName}  ${translation.at}  ${translation.excerpt}`,
		]),
	];
}

/** The first few texts of a list of changes, and how many more. */
const some = (sign: string, texts: string[], most = 5) => [
	...texts.slice(0, most).map((text) => `    ${sign} ${excerpt(text, 70)}`),
	...(texts.length > most ? [`    … and ${texts.length - most} more`] : []),
];

/**
 * What replacing a skill's source changes, by its English texts, for the report.
 * @example
 * changeDetails({ added: ['New step'], removed: [], kept: 40, retranslated: 1, other: false, lostIds: [], images: [] })
 * // => ['Would change: 1 text added, 0 removed, 40 kept (1 with another translation)', '    + New step']
 */
export function changeDetails(
	changes: SourceChanges & { images: string[] },
	verb = 'Would change'
): string[] {
	const { added, removed, kept, retranslated, other, images, lostIds } = changes;
	const texts =
		added.length + removed.length + retranslated > 0
			? `${added.length} ${added.length === 1 ? 'text' : 'texts'} added, ${removed.length} removed, ${kept} kept (${retranslated} with another translation)`
			: other
				? 'the same texts and translations, but other fields (front matter, ids, levels, marks)'
				: 'the same source';
	return [
		`${verb}: ${texts}${images.length > 0 ? `; images added or changed: ${images.join(', ')}` : ''}`,
		...some('+', added),
		...some('−', removed),
		...(lostIds.length > 0
			? [
					`  Links to ${lostIds.map((id) => `#${id}`).join(', ')} would no longer land on their section: add each to \`formerIds\` of the section that now holds its text, or keep its heading.`,
				]
			: []),
	];
}

/**
 * Everything the report says of one skill beyond its row: the unsure pairs with both places,
 * what the translation's blocks said otherwise of what the source holds once, the texts in one
 * language only (with `all`; a folder's report gives only their counts), the blocks
 * kept as raw Markdown, the translations kept from the previous source, and its notes.
 * @example
 * reportDetails(row, { all: true }) // => 'Unsure, not paired …\n  heading\n    English  crewai/SKILL.md:40  …'
 */
export function reportDetails(
	{ tally, kept, translated, notes = [] }: ReportRow,
	{ all = false } = {}
): string {
	return [
		...notes.map((note) => `Note: ${note}`),
		...unsureDetails(tally.unsure),
		...listed(
			`Said otherwise by the ${translationName}, which the source holds once (the ${originalName}'s is kept):`,
			tally.differs
		),
		...(all && translated
			? listed(`${originalName} only (kept, marked untranslated):`, tally.originalOnly)
			: []),
		...(all ? listed(`${translationName} only (not published):`, tally.translationOnly) : []),
		...(all ? listed('Kept as raw Markdown (the format has no kind for it):', tally.raw) : []),
		...(kept > 0 ? [`${kept} texts kept their translation from the previous source.`] : []),
	].join('\n');
}
