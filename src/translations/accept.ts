import { stringify } from 'yaml';
import { languageKeys } from '../i18n/languages';
import type { SkillModel } from '../model/skill-model';
import {
	fingerprint,
	fingerprintKey,
	machineKey,
	pairFingerprint,
	reviewKey,
	translationKeys,
} from '../schema/fingerprint';
import { sourceEdits, type Edit } from './source-edits';
import { sourcePairs } from './source-pairs';

/** What to accept: a whole skill, or one section (with its subsections). */
export interface AcceptScope {
	sectionId?: string | undefined;
}

const original = languageKeys[0];
const written = (value: string) => stringify(value).trim();

/**
 * Records that the translations of a skill (or of one section and its subsections) have been
 * reviewed against the original as it is now: each pair's fingerprint is set to its original's,
 * `machine: true` is removed, and a pair the checks flag records the fingerprint of both texts
 * (`zhReviewed`), so that it is not flagged again until either changes. Only those lines change;
 * the file's comments, quoting and layout stay as they were. Throws when the section id is
 * unknown.
 * @example
 * acceptTranslations(text, model, { sectionId: 'purpose' }) // => { text: '…zhOf: 1a2b3c4d…', accepted: 2 }
 */
export function acceptTranslations(
	text: string,
	model: SkillModel,
	{ sectionId }: AcceptScope = {}
): { text: string; accepted: number } {
	const { found } = sourcePairs(text, model, sectionId);
	const edits: Edit[] = found.flatMap(({ map, pair }) => {
		const current = fingerprint(pair[original].markdown);
		return [
			...translationKeys.flatMap((key) => [
				// Inserted after the text, each: the fingerprint first, then the review.
				...(pair[key].findings?.length
					? sourceEdits.set(
							text,
							map,
							reviewKey(key),
							key,
							written(pairFingerprint(pair[original].markdown, pair[key].markdown))
						)
					: []),
				...sourceEdits.set(text, map, fingerprintKey(key), key, written(current)),
			]),
			...sourceEdits.remove(text, map, machineKey),
		];
	});
	return { text: sourceEdits.apply(text, edits), accepted: found.length };
}
