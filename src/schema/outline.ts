import type { Block } from './block';
import type { Pair } from './pair';
import { languageKeys } from '../i18n/languages';
import { headingSlug } from './section-id';

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
	const owners = new Map<string, string>();
	const claim = (id: string, owner: string, path: (string | number)[]) => {
		const previous = owners.get(id);
		if (previous === undefined) return void owners.set(id, owner);
		report({
			path,
			message: `uses the section id \`${id}\`, which ${previous === owner ? 'it already uses' : `section “${previous}” already uses`}`,
			hint: 'Section ids must be unique on the page. Give one of the sections an explicit `id:`.',
		});
	};

	const resolve = (input: SectionInput[], depth: number, at: (string | number)[]): Section[] =>
		input.map((section, index) => {
			const path = [...at, index];
			// Named and slugged by the original, or by the text there is while it is untranslated.
			const name = languageKeys.map((key) => section.heading[key]).find(Boolean) ?? '';
			if (depth > maxDepth) {
				report({
					path: [...path, 'heading'],
					message: `is nested ${depth - 1} levels deep; headings stop at level ${maxDepth}`,
					hint: 'Move the section up a level, or turn it into a list.',
				});
			}
			const id = section.id ?? headingSlug(name);
			if (id === '') {
				report({
					path: [...path, 'heading'],
					message: 'has a heading with no letters or digits to make a section id from',
					hint: 'Give the section an explicit `id:`, such as `id: overview`.',
				});
			} else {
				claim(id, name, section.id ? [...path, 'id'] : [...path, 'heading']);
			}
			(section.formerIds ?? []).forEach((formerId, i) =>
				claim(formerId, name, [...path, 'formerIds', i])
			);
			return {
				id,
				formerIds: section.formerIds ?? [],
				depth,
				level: section.level ?? depth,
				heading: section.heading,
				body: section.body ?? [],
				sections: resolve(section.sections ?? [], depth + 1, [...path, 'sections']),
			};
		});

	return resolve(sections, 2, ['sections']);
}
