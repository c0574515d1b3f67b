/**
 * For each language's catalog, its skills' texts in the other language: the title, description
 * and category a card does not show, so that the catalog's filter finds “数据库” on the English
 * catalog and “database” on the Chinese one (catalog-route.ts writes them).
 */
import { languageKeys, type LanguageKey } from '../../i18n/languages';
import type { ShownRaw } from '../../model/shown';
import type { SkillModel } from '../../model/skill-model';

/** A card's texts in a catalog's language: the rest of its texts, and its English without Chinese. */
export type CardTexts = [other: string, untranslated: string];

/**
 * Skill name → what its card in one language's catalog does not show: its title, description
 * and category in the other language (a text not translated yet is the one the card shows, and
 * left out), and those of its English texts that have no Chinese, where the filter looks for a
 * Chinese word's translations (the dictionary's, as the search does).
 * @example
 * catalogTexts([mlops], 'en') // => { 'mlops-engineer': ['MLOps工程师\n专业级MLOps工程师…\n人工智能与机器学习', ''] }
 */
export function catalogTexts(
	skills: readonly SkillModel[],
	key: LanguageKey
): Record<string, CardTexts> {
	const lines = (skill: SkillModel, pick: (pair: Record<LanguageKey, ShownRaw>) => string[]) =>
		[skill.title, skill.description, skill.category]
			.flatMap((pair) => (pair ? pick(pair) : []))
			.join('\n');
	const [original, translation] = languageKeys;
	return Object.fromEntries(
		skills.map((skill) => [
			skill.name,
			[
				lines(skill, (pair) =>
					languageKeys
						.filter((other) => pair[other].key !== pair[key].key)
						.map((other) => pair[other].text)
				),
				lines(skill, (pair) => (pair[translation].key === original ? [pair[original].text] : [])),
			],
		])
	);
}
