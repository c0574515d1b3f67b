import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Skill } from '../schema/skill';
import { parseSkill } from './parse-skill';
import { SkillSourceError } from './problems';

/** Where skill sources live, relative to the project root: `<base>/<name>/skill.yaml`. */
export const defaultSkillsBase = 'content/skills';

/** One skill source, read and checked, or what is wrong with it. */
export type SkillSource = { filePath: string; folder: string } & (
	{ skill: Skill; error?: undefined } | { skill?: undefined; error: SkillSourceError }
);

// One read per source and build: both content loaders read every source, and in `astro dev` both
// read again on every change. A file whose text has not changed is not parsed or checked again.
const checked = new Map<string, { text: string; source: SkillSource }>();

/**
 * Reads and checks one source, or returns the result of the last time its text was the same.
 * @example
 * readSkill('content/skills/x/skill.yaml', 'x', new URL('file:///work/main/')) // => { filePath, folder, skill }
 */
export async function readSkill(filePath: string, folder: string, root: URL): Promise<SkillSource> {
	const text = await readFile(new URL(filePath, root), 'utf8');
	const known = checked.get(filePath);
	if (known?.text === text) return known.source;
	let source: SkillSource;
	try {
		source = { filePath, folder, skill: parseSkill(text, { file: filePath, folder }) };
	} catch (error) {
		if (!(error instanceof SkillSourceError)) throw error;
		source = { filePath, folder, error };
	}
	checked.set(filePath, { text, source });
	return source;
}

/**
 * The skills folder as a path from the project root, whether `base` is relative to the root or
 * absolute (`SKILLS_DIR=/srv/skills`): Starlight and the errors name files from the root.
 * @example
 * skillsBase('/work/main/tests/fixtures/skills', new URL('file:///work/main/')) // => 'tests/fixtures/skills'
 */
export function skillsBase(base: string, root: URL): string {
	const rootPath = fileURLToPath(root);
	const absolute = isAbsolute(base) ? base : resolve(rootPath, base);
	return relative(rootPath, absolute).split('\\').join('/') || '.';
}

/**
 * Reads and checks every skill source under `base`, in folder order.
 * @example
 * await readSkills('content/skills', new URL('file:///work/main/')) // => [{ filePath, folder, skill }]
 */
export async function readSkills(base: string, root: URL): Promise<SkillSource[]> {
	const dir = skillsBase(base, root);
	const folders = (await readdir(new URL(`${dir}/`, root), { withFileTypes: true }))
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
	return Promise.all(
		folders.map((folder) => readSkill(`${dir}/${folder}/skill.yaml`, folder, root))
	);
}
