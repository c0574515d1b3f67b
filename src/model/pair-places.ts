import { languageKeys } from '../i18n/languages';
import { blockPairs, type BlockModel, type RawModel } from './blocks';
import type { ShownPair, ShownText } from './shown';
import { fingerprint } from '../schema/fingerprint';
import type { SourceAt } from '../schema/pair';

/** The part of a section that places its pairs (a section model has more). */
interface PlacingSection {
	id: string;
	heading: ShownPair;
	body: BlockModel[];
}

/** Where a pair is: its section, and its anchor, its identity on every view. */
export interface PairPlace<S extends PlacingSection = PlacingSection> {
	pair: ShownPair;
	/** The section whose heading or body holds it; none for blocks before the first section. */
	section: S | undefined;
	/**
	 * The pair's one identity, the id of its passage on the pages and its row in the compare view:
	 * the section's id for its heading; for a pair of its body, `<section id>.<6 hex digits>` of
	 * its original's fingerprint (`_top.…` before the first section), `-2`, `-3` … for a repeat of
	 * the same text in the section. A section id never holds a dot, so the two cannot clash. It
	 * survives any edit but one to its own original, after which a link to it still lands on its
	 * section.
	 */
	anchor: string;
}

/**
 * The anchors of a section's pairs, in reading order (see {@link PairPlace}).
 * @example
 * passageAnchors('setup')(pair) // => 'setup.3f9a1c'
 */
export function passageAnchors(prefix: string): (pair: ShownPair) => string {
	const seen = new Map<string, number>();
	return (pair) => {
		const id = `${prefix}.${fingerprint(pair[languageKeys[0]].markdown).slice(0, 6)}`;
		const count = (seen.get(id) ?? 0) + 1;
		seen.set(id, count);
		return count === 1 ? id : `${id}-${count}`;
	};
}

/**
 * Every pair of a skill in reading order, each with its place: what counts and lists of
 * translations walk. Pairs are found through the block registry (`blockPairs`), so a new kind of
 * block is covered without a change here.
 * @example
 * pairPlaces(skill.body, skill.allSections).map((p) => p.anchor) // => ['use-this-skill-when', 'use-this-skill-when.5d41a2', …]
 */
export function pairPlaces<S extends PlacingSection>(
	body: BlockModel[],
	sections: S[]
): PairPlace<S>[] {
	const placed = (blocks: BlockModel[], prefix: string, section: S | undefined) => {
		const anchor = passageAnchors(prefix);
		return blocks
			.flatMap(blockPairs)
			.map((pair): PairPlace<S> => ({ pair, section, anchor: anchor(pair) }));
	};
	return [
		...placed(body, '_top', undefined),
		...sections.flatMap((section) => [
			{ pair: section.heading, section, anchor: section.id },
			...placed(section.body, section.id, section),
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

/**
 * Every passage's anchor by the place its original is written in the source (its pairs' and its
 * code's): how a link to the source finds the passage a text belongs to (views/edit-links.ts).
 * @example
 * anchorsAt([...model.about, ...model.pairs], rawAnchors(…)).get(section.heading.en.at!) // => 'capabilities'
 */
export function anchorsAt(places: PairPlace[], raws: Map<RawModel, string>): Map<SourceAt, string> {
	const original = languageKeys[0];
	const found = new Map<SourceAt, string>();
	for (const { pair, anchor } of places)
		if (pair[original].at) found.set(pair[original].at, anchor);
	for (const [raw, anchor] of raws)
		if (raw.text[original].at) found.set(raw.text[original].at, anchor);
	return found;
}
