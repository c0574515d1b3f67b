import type { Block } from './block';
import type { Pair } from './pair';
import { languageKeys } from '../i18n/languages';
import { headingSlug } from './section-id';
import { checkIds } from './outline-ids';

/** A section as the source writes it (after its fields are checked). */
export interface SectionInput {
	heading: Pair;
	level?: number | undefined;
	id?: string | undefined;
	formerIds?: string[] | undefined;
	body?: Block[] | undefined;
	sections?: SectionInput[] | undefined;
}

/** A section with everything the views need resolved. */
export interface Section {
	/** Same in every language: the explicit `id`, or the slug of the English heading. */
	id: string;
	/** Ids the section had before; links that use them still land on it. */
	formerIds: string[];
	/** Nesting depth: 2 for top-level sections (`##`) down to 6. */
	depth: number;
	/** The heading's level in the SKILL.md: the depth, unless the source says otherwise. */
	level: number;
	heading: Pair;
	body: Block[];
	sections: Section[];
}

/** A problem found while resolving, at a path below the skill's `sections`. */
export interface OutlineIssue {
	path: (string | number)[];
	message: string;
	hint: string;
}

const maxDepth = 6;

/**
 * Gives every section its id and depth, and reports empty, clashing or too deep ones.
 * Ids must be unique across the page (former ids included): they are the anchors that readers
 * paste into wikis, so a clash is an error rather than a silent `-1` suffix.
 * @example
 * resolveOutline([{ heading: { en: 'Purpose', zh: '定位' } }], () => {})
 * // => [{ id: 'purpose', formerIds: [], depth: 2, heading, body: [], sections: [] }]
 */
export function resolveOutline(
	sections: SectionInput[],
	report: (issue: OutlineIssue) => void
): Section[] {
	const resolved: {
		section: Section;
		name: string;
		path: (string | number)[];
		explicit: boolean;
	}[] = [];
	const resolve = (input: SectionInput[], depth: number, at: (string | number)[]): Section[] =>
		input.map((section, index) => {
			const path = [...at, index];
			// Named and slugged by the original, or by the text there is while it is untranslated.
			const name = languageKeys.map((key) => section.heading[key]).find(Boolean) ?? '';
			if (depth > maxDepth) {
				report({
					path: [...path, 'heading'],
					message: `would be a level ${depth} heading; headings go down to level ${maxDepth} (\`${'#'.repeat(maxDepth)}\`)`,
					hint: 'Move the section up a level, or turn it into a list.',
				});
			}
			const resolvedSection: Section = {
				id: section.id ?? headingSlug(name),
				formerIds: section.formerIds ?? [],
				depth,
				level: section.level ?? depth,
				heading: section.heading,
				body: section.body ?? [],
				sections: [],
			};
			resolved.push({ section: resolvedSection, name, path, explicit: section.id !== undefined });
			resolvedSection.sections = resolve(section.sections ?? [], depth + 1, [...path, 'sections']);
			return resolvedSection;
		});
	const outline = resolve(sections, 2, ['sections']);
	checkIds(resolved, report);
	return outline;
}
