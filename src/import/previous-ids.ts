import { reservedIds } from '../schema/reserved-ids';
import { headingSlug, sectionIdSchema } from '../schema/section-id';
import { original } from './align/pairing';
import { englishTexts } from './previous';

/** What a section of the previous source was called by: its id as written, if it was, and its
 * former ids, and the address it had (the written id or its heading's slug). */
export interface KeptIds {
	id?: string;
	formerIds?: string[];
	address: string;
}

/** A section of the previous source: its ids, its heading with those above it, and the words
 * of its own English texts. */
interface Previous extends KeptIds {
	heading: string;
	path: string;
	words: Set<string>;
}

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

/** How many words two sections share. */
export const shared = (a: Set<string>, b: Set<string>) =>
	[...a].filter((word) => b.has(word)).length;

/** A written id the site takes: a hand-edited source may hold others, which it refused. */
const valid = (value: unknown): value is string =>
	sectionIdSchema.safeParse(value).success && !reservedIds.has(value as string);

/**
 * Visits every section of a source read as plain YAML data (unchecked: a source with errors
 * still gives what it holds), nested ones after their parent, in reading order, with the
 * original headings from the top down to it.
 * @example
 * eachSection({ sections: [{ heading: { en: 'A' }, sections: [{ heading: { en: 'B' } }] }] }, (s, path) => paths.push(path))
 * // paths: [['A'], ['A', 'B']]
 */
export function eachSection(
	source: unknown,
	visit: (section: Record<string, unknown>, path: string[]) => void
) {
	const walk = (sections: unknown, above: string[]): void => {
		if (!Array.isArray(sections)) return;
		for (const section of sections as unknown[]) {
			if (section === null || typeof section !== 'object') continue;
			const record = section as Record<string, unknown>;
			const heading = (record.heading as Record<string, unknown> | undefined)?.[original];
			const path = [...above, typeof heading === 'string' ? heading : ''];
			visit(record, path);
			walk(record.sections, path);
		}
	};
	walk((source as Record<string, unknown> | null | undefined)?.sections, []);
}

/** The previous source's sections with their ids, in reading order. */
function previousSections(source: unknown): Previous[] {
	const found: Previous[] = [];
	eachSection(source, (section, path) => {
		const heading = path.at(-1)!;
		if (heading === '') return;
		const id = valid(section.id) ? section.id : undefined;
		const address = id ?? headingSlug(heading);
		// A section whose slug the site refused had no address to keep.
		if (!/[\p{L}\p{N}]/u.test(address) || reservedIds.has(address)) return;
		const formerIds = Array.isArray(section.formerIds)
			? [...new Set(section.formerIds.filter(valid))].filter((former) => former !== address)
			: undefined;
		found.push({
			heading,
			path: path.join('\n'),
			words: wordsOf(englishTexts(section.body)),
			address,
			...(id ? { id } : {}),
			...(formerIds?.length ? { formerIds } : {}),
		});
	});
	return found;
}

/**
 * Which section of the source a re-import replaces each new section is, by its original heading:
 * first under the same headings (`Usage › Setup` is `Usage › Setup`), in reading order; then,
 * for a section that moved, by its heading alone, the one whose texts share the most words with
 * it (two `### Example`s under renamed parents each find their own). A matched section keeps its
 * address and the ids written for it, so that `--update` breaks no link to it. `sections` are
 * the new sections in reading order, each with its headings from the top down and its words;
 * the result is by their index.
 * @example
 * keptIds([{ path: ['Usage'], words }], { sections: [{ heading: { en: 'Usage' }, id: 'use' }] })
 * // => Map { 0 => { id: 'use', address: 'use' } }
 */
export function keptIds(
	sections: { path: string[]; words: Set<string> }[],
	source: unknown
): Map<number, KeptIds> {
	const left = previousSections(source);
	const kept = new Map<number, KeptIds>();
	const take = (index: number, candidates: Previous[], words: Set<string>) => {
		const best = candidates.reduce<Previous | undefined>(
			(best, next) =>
				!best || shared(next.words, words) > shared(best.words, words) ? next : best,
			undefined
		);
		if (!best) return;
		left.splice(left.indexOf(best), 1);
		const { heading: _, path: __, words: ___, ...ids } = best;
		kept.set(index, ids);
	};
	sections.forEach(({ path, words }, index) =>
		take(index, left.filter((previous) => previous.path === path.join('\n')).slice(0, 1), words)
	);
	sections.forEach(({ path, words }, index) => {
		if (!kept.has(index))
			take(
				index,
				left.filter((previous) => previous.heading === path.at(-1)),
				words
			);
	});
	return kept;
}

/**
 * Every address and former id the kept sections hold, so that no other section's id takes one.
 * @example
 * keptIdSet(new Map([[0, { id: 'install', formerIds: ['setup'], address: 'install' }]])) // => Set { 'install', 'setup' }
 */
export const keptIdSet = (kept: Map<number, KeptIds>) =>
	new Set([...kept.values()].flatMap(({ address, formerIds = [] }) => [address, ...formerIds]));
