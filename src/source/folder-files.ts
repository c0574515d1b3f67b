import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a skill's folder holds: its files, and its symbolic links (to files or folders), as
 * paths from it with `/`. */
export interface FolderFiles {
	files: string[];
	links: string[];
}

/**
 * The files in a folder and its subfolders, and apart from them its symbolic links, which are not
 * followed: the site publishes only what is in a skill's folder, and a link can lead anywhere on
 * the machine that builds it.
 * @example
 * await folderFiles(new URL('file:///work/main/content/skills/x/')) // => { files: ['images/flow.svg', 'skill.yaml'], links: [] }
 */
export async function folderFiles(folder: URL): Promise<FolderFiles> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
		(error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT') return [];
			throw error;
		}
	);
	const dir = fileURLToPath(folder);
	const path = (entry: (typeof entries)[number]) =>
		relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
	return {
		files: entries
			.filter((entry) => entry.isFile())
			.map(path)
			.sort(),
		links: entries
			.filter((entry) => entry.isSymbolicLink())
			.map(path)
			.sort(),
	};
}

/**
 * The link a path of the folder goes through, if any: the file itself, or a folder it is in.
 * @example
 * linkOnPath('images/flow.svg', new Set(['images'])) // => 'images'
 */
export function linkOnPath(file: string, links: ReadonlySet<string>): string | undefined {
	const parts = file.split('/');
	return parts.map((_, index) => parts.slice(0, index + 1).join('/')).find((at) => links.has(at));
}
