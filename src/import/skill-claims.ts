import type { SkillMarkdown } from '../skill-md/read';
import { validSkillName } from './skill-name';

/**
 * The names one skill of a collection answers to, as valid skill names: its folder's and its
 * front matter's (`Active Directory Attacks` and `active-directory-attacks` are one name).
 * @example
 * namesOf('docx-official', readSkillMarkdown('---\nname: docx\n---\n', 'SKILL.md')) // => Set { 'docx-official', 'docx' }
 */
export function namesOf(folder: string, original?: SkillMarkdown): Set<string> {
	const name = original?.frontmatter['name'];
	return new Set([
		validSkillName(folder),
		...(name === undefined || name === null ? [] : [validSkillName(String(name))]),
	]);
}

/**
 * Which skill of a collection each name is, by folder: every folder's names (namesOf), the first
 * folder that has a name keeping it.
 * @example
 * skillOwners([['docx', docxOriginal], ['pdf', pdfOriginal]]) // => Map { 'docx' => 'docx', 'pdf' => 'pdf' }
 */
export function skillOwners(
	skills: Iterable<readonly [folder: string, original: SkillMarkdown | undefined]>
): Map<string, string> {
	const owners = new Map<string, string>();
	for (const [folder, original] of skills)
		for (const name of namesOf(folder, original)) if (!owners.has(name)) owners.set(name, folder);
	return owners;
}

/**
 * The other skill of the collection a translation says it is, by the `name` of its front matter,
 * if it names one and not its own: a file saved in the wrong folder, which must not be published
 * as this skill's Chinese. A name that is no skill of the collection (a translator's own spelling)
 * claims nothing: the folder says whose translation it is.
 * @example
 * claimedSkill(readSkillMarkdown('---\nname: pdf\n---\n', 'zh/docx/SKILL.md'), 'docx', owners) // => 'pdf'
 * claimedSkill(readSkillMarkdown('---\nname: Docx Official\n---\n', 'zh/docx/SKILL.md'), 'docx', owners) // => undefined
 */
export function claimedSkill(
	translation: SkillMarkdown,
	folder: string,
	owners: ReadonlyMap<string, string>,
	original?: SkillMarkdown
): string | undefined {
	const name = translation.frontmatter['name'];
	if (name === undefined || name === null) return undefined;
	const claimed = validSkillName(String(name));
	if (namesOf(folder, original).has(claimed)) return undefined;
	const owner = owners.get(claimed);
	return owner === undefined || owner === folder ? undefined : owner;
}
