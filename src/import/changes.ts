import { isDeepStrictEqual } from 'node:util';
import { englishTexts, previousTranslations } from './previous';
import { lostIds } from './previous-ids';

/** What replacing a skill's source with a new import would change. */
export interface SourceChanges {
	/** English texts the new source has and the old one does not (as many times as they are new). */
	added: string[];
	/** English texts of the old source that the new one does not have. */
	removed: string[];
	/** English texts both have. */
	kept: number;
	/** Of the kept texts, those whose translation changes (a new one, another one, or none). */
	retranslated: number;
	/** Whether the change is elsewhere only (front matter, ids, levels, a text's marks): the
	 * texts and their translations stay. */
	other: boolean;
	/** Section ids (and former ids) of the old source that no section of the new one answers, or
	 * a section of another heading does: links to them would stop landing on their section. */
	lostIds: string[];
}

/** The texts of `from` that `without` does not hold, counting repeats. */
function missing(from: string[], without: string[]): string[] {
	const left = new Map<string, number>();
	for (const text of without) left.set(text, (left.get(text) ?? 0) + 1);
	return from.filter((text) => {
		const count = left.get(text) ?? 0;
		if (count > 0) left.set(text, count - 1);
		return count === 0;
	});
}

/**
 * What replacing one source (plain YAML data, as `yaml`'s parse gives it) with another changes,
 * by their English texts: those added, those removed, those kept, and how many of the kept ones
 * change their translation, and the section ids that would go. `undefined` when nothing changes.
 * @example
 * sourceChanges({ title: { en: 'A', zh: '甲' } }, { title: { en: 'B', untranslated: 'zh' } })
 * // => { added: ['B'], removed: ['A'], kept: 0, retranslated: 0, other: false, lostIds: [] }
 */
export function sourceChanges(before: unknown, after: unknown): SourceChanges | undefined {
	if (isDeepStrictEqual(before, after)) return undefined;
	const [old, now] = [englishTexts(before), englishTexts(after)];
	const added = missing(now, old);
	const removed = missing(old, now);
	const [was, is] = [previousTranslations(before), previousTranslations(after)];
	const kept = new Set(missing(now, added));
	const retranslated = [...kept].filter((text) => was.get(text) !== is.get(text)).length;
	return {
		added,
		removed,
		kept: now.length - added.length,
		retranslated,
		other: added.length + removed.length + retranslated === 0,
		lostIds: lostIds(before, after),
	};
}
