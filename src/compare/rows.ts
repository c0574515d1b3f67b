import type { BlockModel } from '../model/blocks';
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
