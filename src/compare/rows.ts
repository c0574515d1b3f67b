import type { Block, Section, Skill } from '../schema/skill';

/** One row of the compare view: a section heading, or a block of its body. */
export type CompareRow = { kind: 'heading'; section: Section } | Block;

/**
 * The skill as the compare view's rows, in reading order: each heading followed by its body,
 * then its subsections.
 * @example
 * compareRows(skill).map((row) => row.kind) // => ['heading', 'list', 'heading', 'list', …]
 */
export function compareRows(skill: Skill): CompareRow[] {
	const rows = (sections: Section[]): CompareRow[] =>
		sections.flatMap((section) => [
			{ kind: 'heading' as const, section },
			...section.body,
			...rows(section.sections),
		]);
	return [...skill.body, ...rows(skill.sections)];
}
