import type { LangSection } from './document';
import { matchSections } from './align/sections';
import type { Pairing } from './align/pairing';
import { pairBlocks, translationOnlyBlock } from './pair-blocks';
import { withIds } from './previous-ids';
import type { SourceSection } from './source-shape';

const flatten = (sections: LangSection[]): LangSection[] =>
	sections.flatMap((section) => [section, ...flatten(section.sections)]);

/**
 * Pairs the sections of an original with those of its translation, whatever their order, by the
 * evidence of their headings and bodies (align/sections.ts), so that a section the translation
 * moved, added or left out drags no other out of place. The blocks of paired sections are paired
 * in turn, in order; a section of the translation that pairs with none is listed as its own. A
 * section of the source a re-import replaces (`previous`, plain YAML data) keeps its address
 * and the ids written for it (previous-ids.ts).
 * @example
 * pairSections(english.sections, chinese.sections, pairing) // => SourceSection[]
 */
export function pairSections(
	source: LangSection[],
	target: LangSection[],
	pairing: Pairing,
	previous?: unknown
): SourceSection[] {
	const match = matchSections(flatten(source), flatten(target), pairing.evidence, pairing.mirrored);
	const matchedTargets = new Set([...match.values()].map(({ other }) => other));
	for (const alone of flatten(target).filter((section) => !matchedTargets.has(section))) {
		pairing.translationOnly('heading', { text: alone.heading, line: alone.line });
		alone.body.forEach((block) => translationOnlyBlock(block, pairing));
	}
	const build = (section: LangSection, depth: number): SourceSection => {
		const matched = match.get(section);
		const other = matched?.other;
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
			...(section.level === depth ? {} : { level: section.level }),
			...(body.length > 0 ? { body } : {}),
			...(sections.length > 0 ? { sections } : {}),
		};
	};
	return withIds(
		source.map((section) => build(section, 2)),
		previous
	);
}
