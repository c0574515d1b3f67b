import type { BlockModel, RawModel } from '../model/blocks';
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

/** The id of a row: see {@link rowIds}. */
export type RowId = (of: ShownPair | RawModel) => string | undefined;

/**
 * The ids of a skill's rows: each passage's anchor (model/pair-places.ts, model/raw-anchors.ts),
 * the same as its text's id on either page, so that a link to a passage lands on its row here
 * and the status page can link to a translation's row.
 * @example
 * rowIds(model)(pair) // => 'ml-pipeline-orchestration--workflow-management.5d41a2'
 */
export function rowIds(skill: SkillModel): RowId {
	return (of) => skill.anchors.get(of);
}
