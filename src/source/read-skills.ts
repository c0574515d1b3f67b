import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Skill } from '../schema/skill';
import { decodeSource } from './encoding';
import { sizeProblem } from './limits';
import { parseSkill } from './parse-skill';
import { SkillSourceError } from './problems';
import { missingSource } from './missing-source';
import { folderFiles } from './folder-files';
import { linkedFolderError } from './linked-folder';

/** Where skill sources live, relative to the project root: `<base>/<name>/skill.yaml`. */
export const defaultSkillsBase = 'content/skills';

/** One skill source, read and checked, or what is wrong with it. */
export type SkillSource = {
	filePath: string;
	folder: string;
	/** What is probably a mistake but does not stop the build. */
	warning?: SkillSourceError | undefined;
} & ({ skill: Skill; error?: undefined } | { skill?: undefined; error: SkillSourceError });

// One read per source and build: both content loaders read every source, and in `astro dev` both
// read again on every change. A file whose bytes have not changed is not parsed or checked again.
const checked = new Map<string, { bytes: string; source: SkillSource }>();

/**
 * Reads and checks one source, or returns the result of the last time its text was the same.
 * @example
 * readSkill('content/skills/x/skill.yaml', 'x', new URL('file:///work/main/')) // => { filePath, folder, skill }
 */
export async function readSkill(filePath: string, folder: string, root: URL): Promise<SkillSource> {
	const bytes = await readFile(new URL(filePath, root)).catch(
		async (error: NodeJS.ErrnoException) => {
			if (error.code !== 'ENOENT') throw error;
			return missingSource(filePath, root);
		}
	);
	// The images a source shows must be files beside it (an SVG one that runs and loads nothing):
	// it is checked again when a file or link of its folder comes, goes or changes.
	const folderUrl = new URL('./', new URL(filePath, root));
	const dir = fileURLToPath(folderUrl);
	const { files, links } = await folderFiles(folderUrl);
	const state = await Promise.all([
		...files.map(async (file) => {
			const { size, mtimeMs } = await stat(join(dir, file));
			return `${file}:${size}:${mtimeMs}`;
		}),
		...links.map(async (link) => `${link}:link:${(await lstat(join(dir, link))).mtimeMs}`),
	]);
	// A missing source is remembered by what is said about it, so that it too is reported once.
	// A digest, not the text: the text is read again only when it changes, and holding every
	// source's bytes a second time for the whole build cost 11 MB at 540 skills (as one-byte strings).
	const key = createHash('sha256')
		.update(bytes instanceof SkillSourceError ? bytes.message : bytes)
		.update(`\0${state.join('\0')}`)
		.digest('base64');
	const known = checked.get(filePath);
	if (known?.bytes === key) return known.source;
	if (bytes instanceof SkillSourceError) {
		const source = { filePath, folder, error: bytes };
		checked.set(filePath, { bytes: key, source });
		return source;
	}
	let source: SkillSource;
	let warning: SkillSourceError | undefined;
	const warn = (found: SkillSourceError) => void (warning = found);
	try {
		const skill = parseSkill(decoded(filePath, bytes), {
			file: filePath,
			folder,
			warn,
			files: new Set(files),
			links: new Set(links),
			bytes: (file) => readFileSync(join(dir, file)),
		});
		source = { filePath, folder, skill, warning };
	} catch (error) {
		if (!(error instanceof SkillSourceError)) throw error;
		source = { filePath, folder, error };
	}
	checked.set(filePath, { bytes: key, source });
	return source;
}

/** The text of a source that is not too large and is UTF-8, or the error that says why not. */
function decoded(file: string, bytes: Uint8Array): string {
	const tooLarge = sizeProblem(bytes.length);
	if (tooLarge) throw new SkillSourceError(file, [tooLarge]);
	const { text, problem } = decodeSource(bytes);
	if (problem) throw new SkillSourceError(file, [problem]);
	return text;
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
	const entries = await readdir(new URL(`${dir}/`, root), { withFileTypes: true });
	const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
	const linked = (
		await Promise.all(
			entries.map(async (entry) => {
				const error = await linkedFolderError(dir, entry, root);
				return error && { filePath: `${dir}/${entry.name}/skill.yaml`, folder: entry.name, error };
			})
		)
	).filter((source) => source !== undefined);
	return [
		...(await Promise.all(
			folders.map((folder) => readSkill(`${dir}/${folder}/skill.yaml`, folder, root))
		)),
		...linked,
	].sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
}
