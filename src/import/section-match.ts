import { addressable, headingSlug, sectionIdSchema } from '../schema/section-id';
import { original } from './align/pairing';
import { englishTexts } from './previous';

// Which section of a new source is which of the source it replaces (a re-import, `--update`):
// decided here, once, for the importer, which keeps each old section's ids on its new self
// (previous-ids.ts), and for the report, which names the ids no section keeps.

/** A section as a link finds it: by its heading's slug (its name in the address), told apart
 * from others of that slug by where it is and what it says. */
export interface Facts {
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
	sectionIdSchema.safeParse(value).success && addressable(value as string);

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
			// A section whose slug the site refused (no letter, or the page's own) had no address.
			const address = id ?? (addressable(slug) ? slug : '');
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
	return facts;
}

/**
 * Which old section each new one is: one of the same heading slug (a heading recased or
 * repunctuated is the same), and of several such, the most alike in words, then the one in the
 * same place, then the nearest in reading order. By the new sections' index, the old ones'.
 * @example
 * matchFacts(sectionFacts(before), sectionFacts(after)) // => Map { 0 => 0, 1 => 2 }
 */
export function matchFacts(before: Facts[], after: Facts[]): Map<number, number> {
	const bySlug = (facts: Facts[]) =>
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
