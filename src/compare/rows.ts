import { languageKeys } from '../i18n/languages';
import type { BlockModel } from '../model/blocks';
import type { ShownPair } from '../model/shown';
import type { SectionModel, SkillModel } from '../model/skill-model';

/** One row of the compare view: a section heading, or a block of a body. */
export type CompareRow = { kind: 'heading'; section: SectionModel } | BlockModel;

/**
 * The skill as the compare view's rows, in reading order: each heading followed by its body,
 * then its subsections.
 * @example
 * compareRows(skillModel(skill)).map((row) => row.kind) // => ['heading', 'list', 'heading', 'list', …]
 */
export function compareRows(skill: SkillModel): CompareRow[] {
	return [
		...skill.body,
		...skill.allSections.flatMap((section): CompareRow[] => [
			{ kind: 'heading', section },
			...section.body,
		]),
	];
}

/** The id of a row of pairs, or none: see {@link rowIds}. */
export type RowId = (pair: ShownPair) => string | undefined;

/**
 * The ids of a skill's rows of pairs: the pair's anchor (model/pair-places.ts) where a translation
 * is outdated, flagged by the checks or unreviewed, for the status page to link to; none elsewhere, so that a compare
 * view whose translations are all current carries no id it does not need.
 * @example
 * rowIds(model)(pair) // => 'ml-pipeline-orchestration--workflow-management.2', or undefined
 */
export function rowIds(skill: SkillModel): RowId {
	return (pair) =>
		languageKeys.some((key) => ['outdated', 'review', 'machine'].includes(pair[key].status))
			? skill.anchors.get(pair)
			: undefined;
}
