import { reservedIds } from '../schema/reserved-ids';
import { headingSlug, sectionIdSchema } from '../schema/section-id';
import { original } from './align/pairing';
import { englishTexts } from './previous';
import { sectionIds } from './section-ids';
import type { SourceSection } from './source-shape';

// A re-import (`--update`) replaces a source whose sections readers already link to. Which new
// section is which old one is decided here, once, for the importer (which keeps each old
// section's ids on its new self) and for the report (which names the ids no section keeps).

/** A section as a link finds it: by its heading's slug (its name in the address), told apart
 * from others of that slug by where it is and what it says. */
interface Facts {
	slug: string;
	/** The slugs of the headings above it, and its own. */
	path: string;
	/** The words of its texts and of its subsections'. */
	words: Set<string>;
	/** Its id as written, if it is one the site takes, and its former ids. */
	id?: string;
	formerIds: string[];
	/** The id its links use: the written one, or its heading's slug. */
	address: string;
}

/** A written id the site takes: a hand-edited source may hold others, which the site refused. */
const valid = (value: unknown): value is string =>
	sectionIdSchema.safeParse(value).success && !reservedIds.has(value as string);

/**
 * The words of a section's texts, which tell two sections of one heading apart.
 * @example
 * wordsOf(['Run `npm test`.']) // => Set { 'run', 'npm', 'test' }
 */
export const wordsOf = (texts: string[]) =>
	new Set(
		texts
			.join(' ')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);

/** How many pairs of old and new sections of one slug are weighed by their words, at most. */
const maxWeighed = 20_000;

/** How alike two sets of words are, from 0 to 1 (Dice's coefficient). */
const likeness = (a: Set<string>, b: Set<string>) =>
	a.size + b.size === 0 ? 1 : (2 * [...a].filter((word) => b.has(word)).length) / (a.size + b.size);

/**
 * Every section of a source read as plain YAML data (unchecked: a source with errors still gives
 * what it holds), in reading order, with what tells it apart.
 * @example
 * sectionFacts({ sections: [{ heading: { en: 'Setup' }, id: 'install' }] })
 * // => [{ slug: 'setup', path: 'setup', words: Set {}, id: 'install', formerIds: [], address: 'install' }]
 */
export function sectionFacts(source: unknown): Facts[] {
	const facts: Facts[] = [];
	const walk = (sections: unknown, above: string[]): Set<string>[] => {
		if (!Array.isArray(sections)) return [];
		return sections.flatMap((section: unknown) => {
			if (section === null || typeof section !== 'object') return [];
			const record = section as Record<string, unknown>;
			const heading = (record.heading as Record<string, unknown> | undefined)?.[original];
			const slug = headingSlug(typeof heading === 'string' ? heading : '');
			const id = valid(record.id) ? record.id : undefined;
			const address = id ?? slug;
			const formerIds = Array.isArray(record.formerIds)
				? [...new Set(record.formerIds.filter(valid))].filter((former) => former !== address)
				: [];
			const own: Facts = {
				slug,
				path: [...above, slug].join('\n'),
				words: wordsOf(englishTexts(record.body)),
				...(id ? { id } : {}),
				formerIds,
				address,
			};
			facts.push(own);
			for (const inner of walk(record.sections, [...above, slug]))
				for (const word of inner) own.words.add(word);
			return [own.words];
		});
	};
	walk((source as Record<string, unknown> | null | undefined)?.sections, []);
	// A section whose address the site refused (no letter, or the page's own) had none to keep.
	return facts.map((fact) =>
		/[\p{L}\p{N}]/u.test(fact.address) && !reservedIds.has(fact.address)
			? fact
			: { ...fact, address: '' }
	);
}

/**
 * Which old section each new one is: one of the same heading slug (a heading recased or
 * repunctuated is the same), and of several such, the most alike in words, then the one in the
 * same place, then the nearest in reading order. By the new sections' index, the old ones'.
 * @example
 * matchFacts(sectionFacts(before), sectionFacts(after)) // => Map { 0 => 0, 1 => 2 }
 */
export function matchFacts(before: Facts[], after: Facts[]): Map<number, number> {
	const bySlug = <T extends { slug: string; address?: string }>(facts: T[]) =>
		Map.groupBy(
			facts.flatMap((fact, index) => (fact.address === '' ? [] : [{ fact, index }])),
			({ fact }) => fact.slug
		);
	const [old, now] = [bySlug(before), bySlug(after)];
	const matched = new Map<number, number>();
	for (const [slug, news] of now) {
		const olds = old.get(slug) ?? [];
		// Weighing each against each grows with the square of their number (a SKILL.md of 10,000
		// “## Example”s): past a bound, sections of one slug are taken in reading order.
		if (olds.length * news.length > maxWeighed) {
			news.forEach(({ index }, at) => olds[at] && matched.set(index, olds[at].index));
			continue;
		}
		const candidates = news.flatMap(({ fact: then, index: at }) =>
			olds.map(({ fact: was, index }) => ({
				at,
				was: index,
				score: likeness(was.words, then.words),
				place: was.path === then.path,
			}))
		);
		candidates.sort(
			(x, y) =>
				y.score - x.score ||
				Number(y.place) - Number(x.place) ||
				Math.abs(x.at - x.was) - Math.abs(y.at - y.was) ||
				x.at - y.at
		);
		const taken = new Set<number>();
		for (const { at, was } of candidates) {
			if (matched.has(at) || taken.has(was)) continue;
			matched.set(at, was);
			taken.add(was);
		}
	}
	return matched;
}

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
