import { headingSlug, sectionIdSchema } from '../schema/section-id';
import { original } from './align/pairing';

/** What a section of the previous source was called by: its id as written, if it was, and its
 * former ids, and the address it had (the written id or its heading's slug). */
export interface KeptIds {
	id?: string;
	formerIds?: string[];
	address: string;
}

/** A section of the previous source: its ids, and its heading with those above it. */
interface Previous extends KeptIds {
	heading: string;
	path: string;
}

/** A written id the site takes: a hand-edited source may hold others, which it refused. */
const valid = (value: unknown): value is string => sectionIdSchema.safeParse(value).success;

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
		const formerIds = Array.isArray(section.formerIds)
			? [...new Set(section.formerIds.filter(valid))].filter((former) => former !== address)
			: undefined;
		found.push({
			heading,
			path: path.join('\n'),
			address,
			...(id ? { id } : {}),
			...(formerIds?.length ? { formerIds } : {}),
		});
	});
	return found;
}

/**
 * Which section of the source a re-import replaces each new section is, by its original heading:
 * first under the same headings (`Usage › Setup` is `Usage › Setup`), then, for a section that
 * moved, by its heading alone; each in reading order. A matched section keeps its address and
 * the ids written for it, so that `--update` breaks no link to it. `sections` are the new
 * sections' headings with those above them, in reading order; the result is by their index.
 * @example
 * keptIds([['Usage'], ['Usage', 'Setup']], { sections: [{ heading: { en: 'Usage' }, id: 'use' }] })
 * // => Map { 0 => { id: 'use', address: 'use' } }
 */
export function keptIds(sections: string[][], source: unknown): Map<number, KeptIds> {
	const left = previousSections(source);
	const kept = new Map<number, KeptIds>();
	const take = (index: number, same: (previous: Previous) => boolean) => {
		const at = left.findIndex(same);
		if (at < 0) return;
		const [{ heading: _, path: __, ...ids }] = left.splice(at, 1) as [Previous];
		kept.set(index, ids);
	};
	sections.forEach((path, index) => take(index, (previous) => previous.path === path.join('\n')));
	sections.forEach((path, index) => {
		if (!kept.has(index)) take(index, (previous) => previous.heading === path.at(-1));
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
