import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { visit } from 'unist-util-visit';
import { parseGfm } from '../markdown/parse';
import { imageFile } from '../schema/image';
import type { FolderContents } from '../source/skill-files';

// Keys whose text is not Markdown a page shows: code and HTML are shown as written, and the front
// matter is data. An image written there is no image of the skill.
const notMarkdown = new Set(['code', 'html', 'frontmatter']);

/**
 * Every file of the skill's folder that a source's texts show as an image (`![Flow](images/flow.png)`,
 * as schema/image.ts imageFile reads the address), each once, in order.
 * @example
 * shownImageFiles({ body: [{ paragraph: { en: '![Flow](./images/flow.png)' } }] }) // => ['images/flow.png']
 */
export function shownImageFiles(source: unknown): string[] {
	const files = new Set<string>();
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(walk);
		if (typeof value === 'string') {
			// `![` starts every image; a text without it is not parsed (site's skill-files.ts too).
			if (value.includes('!['))
				visit(parseGfm(value), 'image', (node) => {
					const file = imageFile(node.url);
					if (file !== undefined) files.add(file);
				});
			return;
		}
		if (value === null || typeof value !== 'object') return;
		for (const [key, inner] of Object.entries(value)) if (!notMarkdown.has(key)) walk(inner);
	};
	walk(source);
	return [...files];
}

const entry = (path: string) => lstatSync(path, { throwIfNoEntry: false });

/** The symbolic link a path of a folder goes through, if any: a folder on the way, or itself. */
function linkOn(folder: string, file: string): string | undefined {
	const parts = file.split('/');
	return parts
		.map((_, at) => parts.slice(0, at + 1).join('/'))
		.find((path) => entry(join(folder, path))?.isSymbolicLink());
}

/** A folder's files and links as paths from it, as source/folder-files.ts lists them (sync). */
function listed(folder: string): { files: string[]; links: string[] } {
	if (!existsSync(folder)) return { files: [], links: [] };
	const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
	const path = (entry: (typeof entries)[number]) =>
		relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
	return {
		files: entries.filter((entry) => entry.isFile()).map(path),
		links: entries.filter((entry) => entry.isSymbolicLink()).map(path),
	};
}

/** The images an import copies, and the skill's folder as it will be, for the site's check. */
export interface SkillImages {
	/** Each image to copy (a path from the skill's folder), with the file it is copied from. */
	copies: Map<string, string>;
	/** The skill's folder after the copies: what parseSkill checks the images against. */
	folder: Required<FolderContents>;
}

/**
 * Finds the images a source shows in the folders of its SKILL.md files (the original's first),
 * keeping their paths (`images/flow.png` comes from `<SKILL.md's folder>/images/flow.png`), and
 * describes the skill's folder as it will be once they are copied into it, so that the site's
 * own check (source/skill-files.ts) can judge them before anything is written: an image found in
 * no folder, or through a symbolic link, is left for that check to refuse with its message.
 * @example
 * skillImages(['images/flow.png'], ['skills/crewai'], 'content/skills/crewai').copies
 * // => Map { 'images/flow.png' => 'skills/crewai/images/flow.png' }
 */
export function skillImages(shown: string[], from: string[], skillFolder: string): SkillImages {
	const now = listed(skillFolder);
	const copies = new Map<string, string>();
	const links = new Set(now.links);
	for (const file of shown) {
		const folder = from.find((dir) => linkOn(dir, file) || entry(join(dir, file))?.isFile());
		if (folder === undefined) continue;
		const link = linkOn(folder, file);
		if (link === undefined) copies.set(file, join(folder, file));
		else links.add(link);
	}
	return {
		copies,
		folder: {
			files: new Set([...now.files, ...copies.keys()]),
			links,
			bytes: (file) => readFileSync(copies.get(file) ?? join(skillFolder, file)),
		},
	};
}
