/**
 * The pairs an import made, read from what it returns (the source it would write and its tally),
 * so that any importer with that output can be measured: each English unit with the Chinese text
 * it was given, if any. The benchmark's only door into the importer's output.
 */
import { original, translation } from '../../src/import/align/pairing.ts';
import type { Tally } from '../../src/import/align/tally.ts';
import type { BlockKind } from '../../src/schema/block.ts';
import {
	sourceKind,
	type SourceBlock,
	type SourceBlockOf,
	type SourceItem,
	type SourcePair,
	type SourceSection,
	type SourceSkill,
} from '../../src/import/source-shape.ts';
import type { Unit, UnitKind } from '../truth/units.ts';

/** A unit of the original, by its index, and the translation it was paired with. */
export interface Made {
	en: number;
	zh: string;
}

/** A text of a source, in reading order: a pair, or code shared by both languages. */
export type Found = { kind: UnitKind } & ({ pair: SourcePair } | { shared: string });

/** Code or HTML written once (both languages) or as a pair. */
const either = (kind: UnitKind, text: string | SourcePair): Found =>
	typeof text === 'string' ? { kind, shared: text } : { kind, pair: text };

/** What the benchmark reads of each kind of block: one entry per kind of the registry. */
const textsOf: { [K in BlockKind]: (block: SourceBlockOf<K>) => Found[] } = {
	paragraph: (block) => [{ kind: 'paragraph', pair: block.paragraph }],
	list: (block) => block.list.flatMap(itemTexts),
	code: (block) => [either('code block', block.code)],
	table: (block) => [{ kind: 'table', pair: block.table }],
	quote: (block) => block.quote.flatMap(blockTexts),
	callout: (block) => block.callout.flatMap(blockTexts),
	rule: () => [],
	html: (block) => [either('html block', block.html)],
};

function blockTexts(block: SourceBlock): Found[] {
	return (textsOf[sourceKind(block)] as (block: SourceBlock) => Found[])(block);
}

const itemTexts = (item: SourceItem): Found[] => [
	...(item[original] === '' ? [] : [{ kind: 'list item' as const, pair: item }]),
	...(item.body ?? []).flatMap(blockTexts),
];

const sectionTexts = (section: SourceSection): Found[] => [
	{ kind: 'heading', pair: section.heading },
	...(section.body ?? []).flatMap(blockTexts),
	...(section.sections ?? []).flatMap(sectionTexts),
];

/**
 * The body's texts of a source (title and description aside), in reading order.
 * @example
 * sourceTexts(parse(readFileSync('content/skills/mlops-engineer/skill.yaml', 'utf8')))[0]
 * // => { kind: 'heading', pair: { en: 'Use this skill when', zh: '适用场景', … } }
 */
export function sourceTexts(source: Pick<SourceSkill, 'body' | 'sections'>): Found[] {
	return [...(source.body ?? []).flatMap(blockTexts), ...source.sections.flatMap(sectionTexts)];
}

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
	const found = sourceTexts(source);
	if (found.length !== english.length)
		throw new Error(
			`the import holds ${found.length} texts of the original, the benchmark counts ${english.length}`
		);
	// Code the tally lists as the original's alone, or as a pair it was unsure of, is not paired.
	const alone = new Set([
		...tally.originalOnly.map(({ at }) => at),
		...(tally.unsure ?? []).map(({ original: { at } }) => at),
	]);
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
