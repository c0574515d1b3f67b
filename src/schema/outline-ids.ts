import type { OutlineIssue, Section } from './outline';
import { reservedIds } from './reserved-ids';
import { addressKey } from './section-id';

interface Placed {
	section: Section;
	/** The section's heading, to name it in messages. */
	name: string;
	/** Its path in the source. */
	path: (string | number)[];
	/** Whether its id is written as `id:` rather than made from the heading. */
	explicit: boolean;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * Checks every section id and former id of a page: each must name one place. Sections' own ids
 * are claimed first, so that a former id that is now another section's id is reported where the
 * former id is written (removing it is the fix), whichever section comes first. An id the page's
 * own chrome uses (`_top`, `starlight__sidebar` …) would make a second element with that id. Ids
 * are one when only their Unicode normalization tells them apart (`addressKey`).
 * @example
 * checkIds([{ section: { id: 'setup', formerIds: ['setup'] }, name: 'Setup', path: ['sections', 0], explicit: false }], report)
 * // reports: lists `setup` as a former id, but it is this section's id
 */
export function checkIds(placed: Placed[], report: (issue: OutlineIssue) => void): void {
	const owners = new Map<string, { name: string; section: Section; former: boolean }>();
	const ownerOf = (id: string) => owners.get(addressKey(id));
	/** How an id and the one it clashes with differ, if they do as written. */
	const written = (id: string, other: string) =>
		id === other ? '' : ` as \`${other}\`, the same letters in other code points`;
	for (const { section, name, path, explicit } of placed) {
		const at = explicit ? [...path, 'id'] : [...path, 'heading'];
		const made = explicit ? 'has the id' : 'makes the id';
		if (!letterOrDigit.test(section.id)) {
			report({
				path: at,
				message: 'has a heading with no letters or digits to make a section id from',
				hint: 'Give the section an explicit `id:`, such as `id: overview`.',
			});
		} else if (reservedIds.has(section.id)) {
			report({
				path: at,
				message: `${made} \`${section.id}\`, which the page itself uses (${reservedIds.get(section.id)})`,
				hint: 'Give the section another explicit `id:`, such as `id: section-links-guide`.',
			});
		} else if (ownerOf(section.id)) {
			const owner = ownerOf(section.id)!;
			report({
				path: at,
				message: `${made} \`${section.id}\`, which section “${owner.name}” already has${written(section.id, owner.section.id)}`,
				hint: 'Section ids must be unique on the page. Give one of the two sections an explicit `id:`.',
			});
		} else owners.set(addressKey(section.id), { name, section, former: false });
	}
	for (const { section, name, path } of placed) {
		section.formerIds.forEach((former, index) => {
			const owner = ownerOf(former);
			const problem = reservedIds.has(former)
				? `the page itself uses it (${reservedIds.get(former)})`
				: owner === undefined
					? undefined
					: owner.section === section && !owner.former
						? 'it is this section’s own id'
						: owner.former
							? `section “${owner.name}” lists it as a former id too`
							: `section “${owner.name}” has that id now`;
			if (problem === undefined)
				return void owners.set(addressKey(former), { name, section, former: true });
			report({
				path: [...path, 'formerIds', index],
				message: `lists \`${former}\` as a former id, but ${problem}`,
				hint:
					owner && !owner.former && owner.section !== section
						? `Remove it from \`formerIds\`: links to \`#${former}\` land on section “${owner.name}”.`
						: 'Remove it from `formerIds`.',
			});
		});
	}
}
