import { languages, type LanguageKey } from '../i18n/languages';
import { t } from '../i18n/ui';
import type { SkillModel } from '../model/skill-model';

/** One group of the catalog: a category and its skills. */
export interface CatalogGroup {
	/** The category's name in the reader's language; "Other" for skills without one. */
	label: string;
	/** Whether it is the group of skills without a category. */
	other: boolean;
	skills: SkillModel[];
}

/**
 * The catalog in one language: skills grouped by category, the groups and the skills in each
 * sorted by what the reader sees (the category's and the skill's names in their language, with
 * that language's collation), skills without a category last, under "Other".
 * @example
 * catalog([mlops, postgres], 'zh')
 * // => [{ label: '数据库', other: false, skills: [postgres] }, { label: '其他', other: true, skills: [mlops] }]
 */
export function catalog(skills: SkillModel[], key: LanguageKey): CatalogGroup[] {
	const { compare } = new Intl.Collator(languages[key].lang);
	const groups = new Map<string, CatalogGroup>();
	const other: CatalogGroup = { label: t(key)('home.otherCategory'), other: true, skills: [] };
	for (const skill of skills) {
		const label = skill.category?.[key].text;
		// A category named as the group of skills without one ("Other") is that group: two groups
		// of one name would read as one, and the filter would offer the name twice.
		const group = label === undefined || label === other.label ? other : groups.get(label);
		if (group) group.skills.push(skill);
		else groups.set(label!, { label: label!, other: false, skills: [skill] });
	}
	const sorted = [...groups.values()].sort((a, b) => compare(a.label, b.label));
	if (other.skills.length > 0) sorted.push(other);
	for (const group of sorted)
		group.skills.sort((a, b) => compare(a.title[key].text, b.title[key].text));
	return sorted;
}
