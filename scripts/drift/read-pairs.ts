/**
 * The pairs an import made, read from what it returns (the source it would write and its tally),
 * so that any importer with that output can be measured: each English unit with the Chinese text
 * it was given, if any. The benchmark's only door into the importer's output.
 */
import { original, translation } from '../../src/import/align/pairing.ts';
import type { Tally } from '../../src/import/align/tally.ts';
import type {
	SourceBlock,
	SourceItem,
	SourcePair,
	SourceSection,
	SourceSkill,
} from '../../src/import/source-shape.ts';
import type { Unit } from '../truth/units.ts';

/** A unit of the original, by its index, and the translation it was paired with. */
export interface Made {
	en: number;
	zh: string;
}

/** The texts of a source in reading order: a pair, or code shared by both languages. */
type Found = { pair: SourcePair } | { shared: string };

function blockTexts(block: SourceBlock): Found[] {
	if ('paragraph' in block) return [{ pair: block.paragraph }];
	if ('table' in block) return [{ pair: block.table }];
	if ('code' in block)
		return [typeof block.code === 'string' ? { shared: block.code } : { pair: block.code }];
	if ('html' in block)
		return [typeof block.html === 'string' ? { shared: block.html } : { pair: block.html }];
	if ('list' in block) return block.list.flatMap(itemTexts);
	if ('quote' in block) return block.quote.flatMap(blockTexts);
	return [];
}

const itemTexts = (item: SourceItem): Found[] => [
	...(item[original] === '' ? [] : [{ pair: item }]),
	...(item.body ?? []).flatMap(blockTexts),
];

const sectionTexts = (section: SourceSection): Found[] => [
	{ pair: section.heading },
	...(section.body ?? []).flatMap(blockTexts),
	...(section.sections ?? []).flatMap(sectionTexts),
];

/**
 * Every pair an import made between the original's units and translated texts. Code or HTML
 * written once is shared by both languages when the tally does not list it as the original's
 * alone.
 * @example
 * pairsMade(result.source, result.tally, units(english, 'SKILL.md'), 'SKILL.md') // => [{ en: 0, zh: '目的' }, …]
 */
export function pairsMade(
	source: SourceSkill,
	tally: Tally,
	english: Unit[],
	file: string
): Made[] {
	const found = [
		...(source.body ?? []).flatMap(blockTexts),
		...source.sections.flatMap(sectionTexts),
	];
	if (found.length !== english.length)
		throw new Error(
			`the import holds ${found.length} texts of the original, the benchmark counts ${english.length}`
		);
	const alone = new Set(tally.originalOnly.map(({ at }) => at));
	return found.flatMap((text, en) => {
		const unit = english[en]!;
		const written = 'pair' in text ? text.pair[original] : text.shared;
		if (written !== unit.text)
			throw new Error(
				`text ${en} of the import is not the original's: ${JSON.stringify(written)} for ${JSON.stringify(unit.text)}`
			);
		if ('shared' in text) return alone.has(`${file}:${unit.line}`) ? [] : [{ en, zh: text.shared }];
		const zh = text.pair.untranslated ? undefined : text.pair[translation];
		return zh === undefined ? [] : [{ en, zh }];
	});
}
