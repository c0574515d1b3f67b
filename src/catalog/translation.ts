import { languageKeys } from '../i18n/languages';
import { blockPairs } from '../model/blocks';
import type { ShownPair } from '../model/shown';
import type { SkillModel } from '../model/skill-model';

/** How much of a skill is translated: its aligned pairs, and those every language has. */
export interface TranslationShare {
	translated: number;
	total: number;
}

const shares = new WeakMap<SkillModel, TranslationShare>();

/**
 * The share of a skill's pairs (headings, paragraphs, list items, tables) that are translated:
 * shown in every language in that language's own text, as shown.ts decides. Counted once per skill.
 * @example
 * translationShare(mlops) // => { translated: 214, total: 214 }
 * translationShare(pendingTranslations) // => { translated: 9, total: 13 }
 */
export function translationShare(skill: SkillModel): TranslationShare {
	const known = shares.get(skill);
	if (known) return known;
	const pairs: ShownPair[] = [
		...skill.body.flatMap(blockPairs),
		...skill.allSections.flatMap((section) => [
			section.heading,
			...section.body.flatMap(blockPairs),
		]),
	];
	const translated = pairs.filter((pair) =>
		languageKeys.every((key) => pair[key].status === 'translated')
	).length;
	const share = { translated, total: pairs.length };
	shares.set(skill, share);
	return share;
}
