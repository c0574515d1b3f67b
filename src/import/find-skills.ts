import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readSkillMarkdown, type SkillMarkdown } from '../skill-md/read';

/** The name a SKILL.md's translation is stored under, beside the original or in its own folder. */
export const translationFile = 'SKILL.zh-CN.md';

/** An original SKILL.md and the translation found for it. */
export interface FoundSkill {
	original: SkillMarkdown;
	translation?: SkillMarkdown;
	/** The folder's name, the skill's name when the front matter has none. */
	folder: string;
}

const read = (file: string) => readSkillMarkdown(readFileSync(file, 'utf8'), file);

/** The front-matter name of a SKILL.md, or its folder's name. */
const nameOf = (skill: SkillMarkdown) =>
	String(skill.frontmatter['name'] ?? basename(dirname(skill.file)));

/** Every `<folder>/<file>` one level below a folder. */
function filesIn(folder: string, file: string): string[] {
	return readdirSync(folder)
		.sort()
		.map((entry) => join(folder, entry, file))
		.filter((path) => existsSync(path) && statSync(path).isFile());
}

/**
 * The skills of a folder (`<name>/SKILL.md`), each with its translation: `SKILL.zh-CN.md` beside
 * it, or in the translations' folder (`<name>/SKILL.zh-CN.md` or `<name>/SKILL.md`) the one whose
 * front-matter `name` is the original's.
 * @example
 * findSkills('skills/', 'skills-zh/').map((skill) => skill.folder) // => ['crewai', …]
 */
export function findSkills(folder: string, translations?: string): FoundSkill[] {
	const byName = new Map<string, SkillMarkdown>();
	// In a folder of its own, a translation may be called SKILL.md too.
	const names =
		translations && resolve(translations) !== resolve(folder)
			? [translationFile, 'SKILL.md']
			: [translationFile];
	if (translations)
		for (const file of names.flatMap((name) => filesIn(translations, name))) {
			const skill = read(file);
			if (!byName.has(nameOf(skill))) byName.set(nameOf(skill), skill);
		}
	return filesIn(folder, 'SKILL.md').map((file) => {
		const original = read(file);
		const beside = join(dirname(file), translationFile);
		const translation =
			byName.get(nameOf(original)) ?? (existsSync(beside) ? read(beside) : undefined);
		return { original, folder: basename(dirname(file)), ...(translation ? { translation } : {}) };
	});
}

/**
 * One SKILL.md and, if named, its translation file.
 * @example
 * findSkill('crewai/SKILL.md', 'crewai/SKILL.zh-CN.md').translation?.file // => 'crewai/SKILL.zh-CN.md'
 */
export function findSkill(file: string, translation?: string): FoundSkill {
	return {
		original: read(file),
		folder: basename(dirname(file)),
		...(translation ? { translation: read(translation) } : {}),
	};
}
