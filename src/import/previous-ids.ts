import { original } from './align/pairing';
import { matchFacts, sectionFacts } from './section-match';
import { sectionIds } from './section-ids';
import type { SourceSection } from './source-shape';

// A re-import (`--update`) replaces a source whose sections readers already link to: each old
// section's ids go with it to the new section that is it (section-match.ts).

/**
 * Gives a re-import's sections their ids: each new section that is an old one (`matchFacts`)
 * keeps its address and former ids, which no other section may take; the others get their
 * heading's slug, or an explicit id where that is taken (section-ids.ts).
 * @example
 * withIds(pairedSections, previousSource) // => the same sections, with `id` and `formerIds`
 */
export function withIds(sections: SourceSection[], previous: unknown): SourceSection[] {
	const before = sectionFacts(previous);
	const match = matchFacts(before, sectionFacts({ sections }));
	const kept = [...match.values()].map((was) => before[was]!);
	const idFor = sectionIds(kept.flatMap(({ address, formerIds }) => [address, ...formerIds]));
	let index = 0;
	const give = (section: SourceSection): SourceSection => {
		const was = match.get(index++);
		const old = was === undefined ? undefined : before[was]!;
		const id = old ? old.id : idFor(section.heading[original] ?? '');
		const inner = section.sections?.map(give);
		return {
			heading: section.heading,
			...(id ? { id } : {}),
			...(old?.formerIds.length ? { formerIds: old.formerIds } : {}),
			...(section.level === undefined ? {} : { level: section.level }),
			...(section.body ? { body: section.body } : {}),
			...(inner ? { sections: inner } : {}),
		};
	};
	return sections.map(give);
}

/**
 * The ids of the old source's sections that the new one's do not answer to where they did: those
 * of a section no new one is, and any its new self no longer has.
 * @example
 * lostIds(before, after) // => ['quick-start']
 */
export function lostIds(before: unknown, after: unknown): string[] {
	const [then, now] = [sectionFacts(before), sectionFacts(after)];
	const carried = new Map<number, Set<string>>();
	for (const [at, was] of matchFacts(then, now))
		carried.set(was, new Set([now[at]!.address, ...now[at]!.formerIds]));
	return then.flatMap((old, was) =>
		[old.address, ...old.formerIds].filter((id) => id !== '' && !carried.get(was)?.has(id))
	);
}
