import { original } from './align/pairing';

/** What a section of the previous source was called by: its id, if one was written, and its
 * former ids. The links people made to it use them. */
export interface KeptIds {
	id?: string;
	formerIds?: string[];
}

const strings = (value: unknown) =>
	Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;

/**
 * Visits every section of a source read as plain YAML data (unchecked: a source with errors
 * still gives what it holds), nested ones after their parent, in reading order.
 * @example
 * eachSection({ sections: [{ heading: { en: 'A' }, sections: [{ heading: { en: 'B' } }] }] }, (s) => names.push(s.heading.en))
 * // names: ['A', 'B']
 */
export function eachSection(source: unknown, visit: (section: Record<string, unknown>) => void) {
	const walk = (sections: unknown): void => {
		if (!Array.isArray(sections)) return;
		for (const section of sections as unknown[]) {
			if (section === null || typeof section !== 'object') continue;
			visit(section as Record<string, unknown>);
			walk((section as Record<string, unknown>).sections);
		}
	};
	walk((source as Record<string, unknown> | null | undefined)?.sections);
}

/**
 * The ids written in the source a re-import replaces, by each section's original heading, in
 * reading order (a heading written twice has two entries): a section that keeps its heading
 * keeps them, so that `--update` does not break the links to it.
 * @example
 * previousIds({ sections: [{ heading: { en: 'Setup' }, id: 'install', formerIds: ['setup'] }] })
 * // => Map { 'Setup' => [{ id: 'install', formerIds: ['setup'] }] }
 */
export function previousIds(source: unknown): Map<string, KeptIds[]> {
	const found = new Map<string, KeptIds[]>();
	eachSection(source, (section) => {
		const heading = (section.heading as Record<string, unknown> | undefined)?.[original];
		if (typeof heading !== 'string') return;
		const id = typeof section.id === 'string' ? section.id : undefined;
		const formerIds = strings(section.formerIds);
		const kept = { ...(id ? { id } : {}), ...(formerIds?.length ? { formerIds } : {}) };
		found.set(heading, [...(found.get(heading) ?? []), kept]);
	});
	return found;
}

/**
 * Every id a set of kept ids holds, so that no new section's id takes one of them.
 * @example
 * keptIdSet(new Map([['Setup', [{ id: 'install', formerIds: ['setup'] }]]])) // => Set { 'install', 'setup' }
 */
export const keptIdSet = (kept: Map<string, KeptIds[]>) =>
	new Set(
		[...kept.values()]
			.flat()
			.flatMap(({ id, formerIds = [] }) => [...(id ? [id] : []), ...formerIds])
	);
