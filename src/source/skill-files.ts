import { visit } from 'unist-util-visit';
import { languageKeys } from '../i18n/languages';
import { imageFindings } from '../images/image-content';
import type { Finding } from '../images/finding';
import { parseText } from '../markdown/parse';
import { imageFile } from '../schema/image';
import type { Skill } from '../schema/skill';
import { linkOnPath } from './folder-files';
import type { Path } from './locate';
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
 * publishes of the folder (src/publish/).
 * @example
 * imageFiles(skill) // => ['diagram.png', 'images/flow.svg']
 */
export function imageFiles(skill: Skill): string[] {
	return [...new Set(shownImages(skill).map(({ file }) => file))].sort();
}

/** What a skill's folder holds, for its images to be checked (source/folder-files.ts). */
export interface FolderContents {
	files: ReadonlySet<string>;
	links?: ReadonlySet<string> | undefined;
	/** Reads a file of the folder; without it, images are looked up but not read. */
	bytes?: ((file: string) => Uint8Array) | undefined;
}

/** At most this many findings are listed for one file: the first ones say what to fix. */
const listed = 10;

/** A finding in a shown file, as the message of a problem at the text that shows it. */
function findingMessage(file: string, { line, column, found }: Finding): string {
	const place = line === undefined ? 'it is' : `its line ${line}, column ${column} has`;
	return `shows \`${file}\`, which the site does not publish: ${place} ${found}`;
}

/**
 * Every image a text shows that the site cannot publish, with the text's place: its file is not
 * in the skill's folder, is a symbolic link, or its bytes are not a safe image of its type
 * (images/image-content.ts: an SVG that could run or load anything, HTML under a `.png` name),
 * each thing found with its place in the file.
 * @example
 * imageFileProblems(skill, { files: new Set(['skill.yaml']) }) // => [{ path: ['body', 0, 'paragraph', 'en'], message: 'shows `diagram.png`, …', hint }]
 */
export function imageFileProblems(
	skill: Skill,
	{ files, links = new Set(), bytes }: FolderContents
): { path: Path; message: string; hint: string }[] {
	const found = new Map<string, Finding[]>();
	const findingsIn = (file: string) => {
		if (!bytes) return [];
		if (!found.has(file)) found.set(file, imageFindings(file, bytes(file)));
		return found.get(file)!;
	};
	return shownImages(skill).flatMap(({ path, file }) => {
		const link = linkOnPath(file, links);
		if (link)
			return [
				{
					path,
					message: `shows \`${file}\`, ${link === file ? 'which is' : `which is in \`${link}\`,`} a symbolic link`,
					hint: `The site publishes only files that are in the skill's folder, and a link can lead anywhere: copy the ${link === file ? 'image' : 'folder'} in instead (\`cp -L\`).`,
				},
			];
		if (!files.has(file))
			return [
				{
					path,
					message: `shows \`${file}\`, which is not in the skill's folder`,
					hint: `Save the image as \`${file}\` beside skill.yaml, or correct its path (it is relative to the skill's folder, and names are case-sensitive).`,
				},
			];
		const findings = findingsIn(file);
		const more = findings.length - listed;
		return [
			...findings.slice(0, listed).map((finding) => ({
				path,
				message: findingMessage(file, finding),
				hint: finding.hint,
			})),
			...(more > 0
				? [
						{
							path,
							message: `shows \`${file}\`, which has ${more} more things the site does not publish`,
							hint: 'Fix the ones above, then build again to see the rest.',
						},
					]
				: []),
		];
	});
}
