import { headingSlug } from '../schema/section-id';

/**
 * Hands out section ids for one page in reading order: a heading's own slug while it is free,
 * and otherwise an explicit id (`returns`, `returns-1`, …), since the format rejects clashes
 * rather than numbering them silently. Returns `undefined` when the slug can serve as the id.
 * `taken` are ids kept from the source a re-import replaces (previous-ids.ts): no other section
 * gets one.
 * @example
 * const ids = sectionIds(); ids('Example'); ids('Example') // => undefined, then 'example-1'
 */
export function sectionIds(taken: Iterable<string> = []): (heading: string) => string | undefined {
	const used = new Set<string>(taken);
	return (heading) => {
		const slug = headingSlug(heading);
		if (slug !== '' && !used.has(slug)) {
			used.add(slug);
			return undefined;
		}
		// Explicit ids are plain ASCII (see sectionIdSchema).
		const base =
			slug
				.normalize('NFKD')
				.replace(/[^a-z0-9_-]+/g, '')
				.replace(/^[_-]+/, '') || 'section';
		let id = base;
		for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		return id;
	};
}
