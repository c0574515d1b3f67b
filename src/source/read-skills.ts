import { readdir, readFile } from 'node:fs/promises';
import { parseSkill, type ParsedSkill } from './parse-skill';

/** Where skill sources live, relative to the project root: `<base>/<name>/skill.yaml`. */
export const defaultSkillsBase = 'content/skills';

export interface SkillSource extends ParsedSkill {
	/** The source's path relative to the project root, for Starlight's `filePath` and errors. */
	filePath: string;
}

/**
 * Reads and checks every skill source under `base`, in folder order; the first bad one throws.
 * @example
 * await readSkills('content/skills', new URL('file:///work/main/')) // => [{ skill, data, filePath }]
 */
export async function readSkills(base: string, root: URL): Promise<SkillSource[]> {
	const folders = (await readdir(new URL(`${base}/`, root), { withFileTypes: true }))
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
	return Promise.all(
		folders.map(async (folder) => {
			const filePath = `${base}/${folder}/skill.yaml`;
			const text = await readFile(new URL(filePath, root), 'utf8');
			return { ...parseSkill(text, { file: filePath, folder }), filePath };
		})
	);
}
