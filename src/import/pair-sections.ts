import type { LangSection } from './document';
import { matchSections } from './align/sections';
import type { Pairing } from './align/pairing';
import { pairBlocks, translationOnlyBlock } from './pair-blocks';
import { keptIdSet, type KeptIds } from './previous-ids';
import { sectionIds } from './section-ids';
import type { SourceSection } from './source-shape';

const flatten = (sections: LangSection[]): LangSection[] =>
	sections.flatMap((section) => [section, ...flatten(section.sections)]);

/**
 * Pairs the sections of an original with those of its translation, whatever their order, by the
 * evidence of their headings and bodies (align/sections.ts), so that a section the translation
 * moved, added or left out drags no other out of place. The blocks of paired sections are paired
 * in turn, in order; a section of the translation that pairs with none is listed as its own. A
 * section whose heading the replaced source had keeps the ids written there (`kept`).
 * @example
 * pairSections(english.sections, chinese.sections, pairing) // => SourceSection[]
 */
export function pairSections(
	source: LangSection[],
	target: LangSection[],
	pairing: Pairing,
	kept: Map<string, KeptIds[]> = new Map()
): SourceSection[] {
	const match = matchSections(flatten(source), flatten(target), pairing.evidence, pairing.mirrored);
	const matchedTargets = new Set([...match.values()].map(({ other }) => other));
	for (const alone of flatten(target).filter((section) => !matchedTargets.has(section))) {
		pairing.translationOnly('heading', { text: alone.heading, line: alone.line });
		alone.body.forEach((block) => translationOnlyBlock(block, pairing));
	}
	const idFor = sectionIds(keptIdSet(kept));
	const build = (section: LangSection, depth: number): SourceSection => {
		const matched = match.get(section);
		const other = matched?.other;
		// Taken in reading order: the first section of a heading gets the first one's ids.
		const ids = kept.get(section.heading)?.shift();
		const id = ids?.id ?? idFor(section.heading);
		const theirs = other && { text: other.heading, line: other.line };
		const heading = pairing.pair(
			'heading',
			{ text: section.heading, line: section.line },
			matched?.headings ? theirs : undefined,
			matched?.headings ? undefined : theirs
		);
		const body = pairBlocks(section.body, other?.body ?? [], pairing);
		const sections = section.sections.map((inner) => build(inner, depth + 1));
		return {
			heading,
			...(id ? { id } : {}),
			...(ids?.formerIds ? { formerIds: ids.formerIds } : {}),
			...(section.level === depth ? {} : { level: section.level }),
			...(body.length > 0 ? { body } : {}),
			...(sections.length > 0 ? { sections } : {}),
		};
	};
	return source.map((section) => build(section, 2));
}
