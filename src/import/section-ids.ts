import { reservedIds } from '../schema/reserved-ids';
import { addressable, addressKey, headingSlug } from '../schema/section-id';

/**
 * Hands out section ids for one page in reading order: a heading's own slug while it is free,
 * and otherwise an explicit id (`returns`, `returns-1`, …), since the format rejects clashes
 * rather than numbering them silently, and where the slug is none the site takes (one with no
 * letter or digit, or an id the page itself uses, `theme-icons`). Returns `undefined` when the
 * slug can serve as the id. Ids are compared as their `/go/` folders are (`addressKey`). `taken`
 * are ids kept from the source a re-import replaces (previous-ids.ts): no other section gets one.
 * @example
 * const ids = sectionIds(); ids('Example'); ids('Example') // => undefined, then 'example-1'
 */
export function sectionIds(taken: Iterable<string> = []): (heading: string) => string | undefined {
	const used = new Set<string>([...reservedIds.keys(), ...taken].map(addressKey));
	const free = (id: string) => !used.has(addressKey(id));
	const next = new Map<string, number>();
	return (heading) => {
		const slug = headingSlug(heading);
		if (addressable(slug) && free(slug)) {
			used.add(addressKey(slug));
			return undefined;
		}
		// Explicit ids are plain ASCII (see sectionIdSchema).
		const base =
			slug
				.normalize('NFKD')
				.replace(/[^a-z0-9_-]+/g, '')
				.replace(/^[_-]+/, '') || 'section';
		// Counting on from the last number this base had: a heading written 10,000 times would
		// otherwise try each number again.
		let id = base;
		let n = next.get(base) ?? 1;
		while (!free(id)) id = `${base}-${n++}`;
		next.set(base, n);
		used.add(addressKey(id));
		return id;
	};
}
