import { languageKeys } from '../i18n/languages';
import { blockPairs, type BlockModel } from './blocks';
import type { ShownPair, ShownText } from './shown';

/** The part of a section that places its pairs (a section model has more). */
interface PlacingSection {
	id: string;
	heading: ShownPair;
	body: BlockModel[];
}

/** Where a pair is: its section, and its anchor, the id of its row in the compare view. */
export interface PairPlace<S extends PlacingSection = PlacingSection> {
	pair: ShownPair;
	/** The section whose heading or body holds it; none for blocks before the first section. */
	section: S | undefined;
	/**
	 * The section's id for its heading; `<section id>.<n>` for the n-th pair of its body (from 1),
	 * `_top.<n>` before the first section. A section id never holds a dot, so the two cannot
	 * clash; and an anchor survives a change to its own text, which is when a translator needs it.
	 */
	anchor: string;
}

/**
 * Every pair of a skill in reading order, each with its place: what counts and lists of
 * translations walk. Pairs are found through the block registry (`blockPairs`), so a new kind of
 * block is covered without a change here.
 * @example
 * pairPlaces(skill.body, skill.allSections).map((p) => p.anchor) // => ['use-this-skill-when', 'use-this-skill-when.1', …]
 */
export function pairPlaces<S extends PlacingSection>(
	body: BlockModel[],
	sections: S[]
): PairPlace<S>[] {
	const numbered = (blocks: BlockModel[], prefix: string, section: S | undefined) =>
		blocks
			.flatMap(blockPairs)
			.map((pair, i): PairPlace<S> => ({ pair, section, anchor: `${prefix}.${i + 1}` }));
	return [
		...numbered(body, '_top', undefined),
		...sections.flatMap((section) => [
			{ pair: section.heading, section, anchor: section.id },
			...numbered(section.body, section.id, section),
		]),
	];
}

/**
 * The anchor of each pair, found by the pair or by any of its texts (a page draws one text).
 * @example
 * anchorsOf(pairPlaces(skill.body, skill.allSections)).get(section.heading.zh) // => 'capabilities'
 */
export function anchorsOf(places: PairPlace[]): Map<ShownPair | ShownText, string> {
	return new Map(
		places.flatMap(({ pair, anchor }): [ShownPair | ShownText, string][] => [
			[pair, anchor],
			...languageKeys.map((key): [ShownText, string] => [pair[key], anchor]),
		])
	);
}
