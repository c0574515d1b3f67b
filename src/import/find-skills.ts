import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { SkillMarkdown } from '../skill-md/read';
import { readInput } from './read-input';
import { claimedSkill, namesOf, skillOwners } from './skill-claims';
import { validSkillName } from './skill-name';

/**
 * The name a SKILL.md's translation is stored under, beside the original or in its own folder.
 * @example
 * join('skills/crewai', translationFile) // => 'skills/crewai/SKILL.zh-CN.md'
 */
const translationFile = 'SKILL.zh-CN.md';

/** An original SKILL.md and the translation found for it. */
export interface FoundSkill {
	original: SkillMarkdown;
	translation?: SkillMarkdown;
	/** The folder's name, the skill's name when the front matter has none. */
	folder: string;
	/** What the report says beside the skill: how a file was read, a translation paired though it
	 * names another skill. */
	notes: string[];
}

/** An input file that is not imported, and why. */
export interface Skipped {
	file: string;
	reason: 'refused' | 'translation of another skill' | 'no original';
	/** What to tell, located (`file:line:col`) where it can be. */
	message: string;
}

/** What an import found: the skills to import, and the files it will not. */
export interface Found {
	skills: FoundSkill[];
	skipped: Skipped[];
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** The folders one level below a folder that hold `file`. */
const foldersWith = (folder: string, file: string) =>
	readdirSync(folder)
		.sort()
		.filter((entry) => isFile(join(folder, entry, file)));

const encodingNotes = (...files: (SkillMarkdown | undefined)[]) =>
	files.flatMap((file) => (file?.encoding ? [`${file.file} ${file.encoding}`] : []));

/**
 * The skills of a folder (`<folder>/SKILL.md`), each with the translation in its folder: in the
 * translations' folder `<folder>/SKILL.zh-CN.md` or `<folder>/SKILL.md`, else `SKILL.zh-CN.md`
 * beside the original. The folder decides, not the front matter's `name`, which translators
 * spell their own way (`Active Directory Attacks`, `docx-official`); but a translation whose
 * `name` is another skill of the folder's is that skill's, saved in the wrong place: it is
 * skipped, and the next candidate tried. A file that cannot be read skips its skill.
 * @example
 * findSkills('skills/', 'skills-zh/').skills.map((skill) => skill.folder) // => ['crewai', …]
 */
export function findSkills(folder: string, translations?: string): Found {
	const apart = translations !== undefined && resolve(translations) !== resolve(folder);
	const skipped: Skipped[] = [];
	const read = (file: string) => {
		const result = readInput(file);
		if (result.problem !== undefined)
			skipped.push({ file, reason: 'refused', message: result.problem });
		return result.markdown;
	};
	const folders = foldersWith(folder, 'SKILL.md');
	const originals = folders.map((name) => [name, read(join(folder, name, 'SKILL.md'))] as const);
	const owners = skillOwners(originals);
	const candidates = (name: string) =>
		[
			...(apart
				? [join(translations, name, translationFile), join(translations, name, 'SKILL.md')]
				: []),
			join(folder, name, translationFile),
		].filter(isFile);
	const skills = originals.flatMap(([name, original]): FoundSkill[] => {
		if (!original) return [];
		for (const file of candidates(name)) {
			const translation = read(file);
			if (!translation) return [];
			const claimed = claimedSkill(translation, name, owners, original);
			if (claimed === undefined)
				return [
					{ original, translation, folder: name, notes: encodingNotes(original, translation) },
				];
			skipped.push({
				file,
				reason: 'translation of another skill',
				message: `${file}:${translation.fieldLines['name'] ?? 1}:1 name: is \`${String(translation.frontmatter['name'])}\`, the skill of the folder \`${claimed}\`, not \`${name}\`: not paired with ${original.file}. Move it to ${claimed}'s folder, or correct its \`name\`; to pair it anyway, import the one skill with \`--zh ${file}\`.`,
			});
		}
		return [{ original, folder: name, notes: encodingNotes(original) }];
	});
	if (apart)
		for (const name of readdirSync(translations).sort())
			if (!folders.includes(name) && candidates(name).length > 0)
				skipped.push({
					file: candidates(name)[0]!,
					reason: 'no original',
					message: `${candidates(name)[0]}: has no original: there is no ${join(folder, name, 'SKILL.md')}. Put the original there, or import the two files with \`--zh\`.`,
				});
	return { skills, skipped };
}

/**
 * One SKILL.md and its translation: the file `--zh` names, paired as asked even when its front
 * matter names another skill (the report says so), or else `SKILL.zh-CN.md` beside it.
 * @example
 * findSkill('crewai/SKILL.md', 'crewai/SKILL.zh-CN.md').skills[0].translation?.file // => 'crewai/SKILL.zh-CN.md'
 */
export function findSkill(file: string, translation?: string): Found {
	const beside = join(dirname(file), translationFile);
	const other =
		translation ?? (basename(file) !== translationFile && isFile(beside) ? beside : undefined);
	const [original, translated] = [
		readInput(file),
		other === undefined ? undefined : readInput(other),
	];
	const skipped = [
		...(original.problem === undefined ? [] : [{ file, message: original.problem }]),
		...(translated?.problem === undefined ? [] : [{ file: other!, message: translated.problem }]),
	].map((entry) => ({ ...entry, reason: 'refused' as const }));
	if (!original.markdown || (translated && !translated.markdown)) return { skills: [], skipped };
	const folder = basename(dirname(file));
	const found: FoundSkill = {
		original: original.markdown,
		folder,
		notes: encodingNotes(original.markdown, translated?.markdown),
	};
	if (!translated?.markdown) return { skills: [found], skipped };
	found.translation = translated.markdown;
	const name = translated.markdown.frontmatter['name'];
	const own = namesOf(folder, original.markdown);
	if (translation !== undefined && name != null && !own.has(validSkillName(String(name))))
		found.notes.unshift(
			`${other}:${translated.markdown.fieldLines['name'] ?? 1}:1 name: is \`${String(name)}\`, where the original's is \`${[...own].at(-1)}\`: paired, as \`--zh\` named it.`
		);
	return { skills: [found], skipped };
}
