import type { Root } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';
import { urlTarget } from '../markdown/file-path';
import { imageAddressProblem } from './image-address';

/** The kinds of file a text may show as an image, by extension, with the type they are served as:
 * what browsers draw in `<img>`, nothing else. */
export const imageTypes = {
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	webp: 'image/webp',
	avif: 'image/avif',
	svg: 'image/svg+xml',
} as const;

/**
 * The media type of an image file, by its extension (any case), or `undefined` for other files.
 * @example
 * imageType('images/Flow.SVG') // => 'image/svg+xml'
 * imageType('notes.md') // => undefined
 */
export function imageType(file: string): string | undefined {
	const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
	return Object.hasOwn(imageTypes, extension)
		? imageTypes[extension as keyof typeof imageTypes]
		: undefined;
}

/**
 * The file an image shows, as a path from the skill's folder, when it is one there: not another
 * address, not a path from a host's root, not outside the folder (`../`).
 * @example
 * imageFile('./images/flow.png') // => 'images/flow.png'
 * imageFile('https://tracker.example/p.png') // => undefined
 */
export function imageFile(url: string): string | undefined {
	const target = urlTarget(url);
	if (target.kind !== 'file' || target.path === '') return undefined;
	if (target.path === '..' || target.path.startsWith('../')) return undefined;
	return target.path;
}

/**
 * What is wrong with the first image of a text that the site cannot publish, if any. Only files
 * in the skill's folder are published with the site (image-address.ts says why each other address
 * is not). Only image types are published, so that nothing else is served from the skill's
 * folder. (Whether the file exists, and is what its name says, is checked where the folder is
 * known: source/skill-files.ts.) Give it the text as parsed, before sanitizing drops an image
 * with an unsafe address (`data:`, `file:`, `C:`) for its alt text.
 * @example
 * imageProblem(parseGfm('![x](https://tracker.example/p.png)')) // => { message: 'shows the image `https://tracker.example/p.png`, …', hint }
 * imageProblem(parseGfm('![Flow](images/flow.png)')) // => undefined
 */
export function imageProblem(tree: Root): { message: string; hint: string } | undefined {
	let problem: { message: string; hint: string } | undefined;
	visit(tree, 'image', (node) => {
		const file = imageFile(node.url);
		if (file === undefined) {
			problem = imageAddressProblem(node.url);
			return EXIT;
		}
		if (imageType(file) === undefined) {
			problem = {
				message: `shows \`${file}\`, which is not an image file`,
				hint: `Images are ${Object.keys(imageTypes)
					.map((type) => `.${type}`)
					.join(', ')} files; link other files as links (\`[text](${file})\`), not images.`,
			};
			return EXIT;
		}
		return undefined;
	});
	return problem;
}
