import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import { languageKeys } from '../i18n/languages';
import { parseText } from '../markdown/parse';
import { imageFile, imageType, imageTypes } from '../schema/image';
import type { Skill } from '../schema/skill';
import type { Path } from './locate';
import { svgScript } from './svg-scripts';
import { bodyPairs } from './texts';

/** An image a text shows, and where the source holds that text. */
interface ShownImage {
	path: Path;
	file: string;
}

/** Every image file the texts of a skill show, with the place of each text, in source order. */
function shownImages(skill: Skill): ShownImage[] {
	return bodyPairs(skill).flatMap(({ path, pair }) =>
		languageKeys.flatMap((key) => {
			const text = pair[key];
			// An image is written `![…](…)`, which no escape or entity can stand in for: a text
			// without `![` has none, and is not parsed (every text of the library, once per build).
			if (text === undefined || !text.includes('![')) return [];
			const files: ShownImage[] = [];
			visit(parseText(text), 'image', (node) => {
				const file = imageFile(node.url);
				if (file !== undefined) files.push({ path: [...path, key], file });
			});
			return files;
		})
	);
}

/**
 * The files of the skill's folder that its texts show as images, each once: what the site
 * publishes of the folder (src/pages/skill-files/).
 * @example
 * imageFiles(skill) // => ['diagram.png', 'images/flow.svg']
 */
export function imageFiles(skill: Skill): string[] {
	return [...new Set(shownImages(skill).map(({ file }) => file))].sort();
}

/**
 * Every image a text shows that the site cannot publish, with the text's place: its file is not
 * in the skill's folder, or it is an SVG that could run script when opened by itself (`svgText`
 * reads an SVG of the folder).
 * @example
 * imageFileProblems(skill, new Set(['skill.yaml'])) // => [{ path: ['body', 0, 'paragraph', 'en'], message: 'shows `diagram.png`, …', hint }]
 */
export function imageFileProblems(
	skill: Skill,
	files: ReadonlySet<string>,
	svgText?: (file: string) => string
): { path: Path; message: string; hint: string }[] {
	const scripts = new Map<string, string | undefined>();
	const scriptIn = (file: string) => {
		if (!svgText || imageType(file) !== imageTypes.svg) return undefined;
		if (!scripts.has(file)) scripts.set(file, svgScript(svgText(file)));
		return scripts.get(file);
	};
	return shownImages(skill).flatMap(({ path, file }) => {
		if (!files.has(file))
			return [
				{
					path,
					message: `shows \`${file}\`, which is not in the skill's folder`,
					hint: `Save the image as \`${file}\` beside skill.yaml, or correct its path (it is relative to the skill's folder, and names are case-sensitive).`,
				},
			];
		const script = scriptIn(file);
		if (!script) return [];
		return [
			{
				path,
				message: `shows \`${file}\`, an SVG with ${script}, which could run script when the image is opened`,
				hint: 'Remove scripts, event handlers, `javascript:` links and embedded documents from the SVG (or export it again as a plain drawing).',
			},
		];
	});
}

/**
 * The files in a folder and its subfolders, as paths from it with `/`.
 * @example
 * await folderFiles(new URL('file:///work/main/content/skills/x/')) // => ['images/flow.svg', 'skill.yaml']
 */
export async function folderFiles(folder: URL): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
		(error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT') return [];
			throw error;
		}
	);
	const dir = fileURLToPath(folder);
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
