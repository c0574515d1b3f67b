import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoPage } from './go-pages';
import { previewHtml } from './preview-html';

/**
 * A skill's name or a section's id as a folder name, or an error: it comes from a source, and
 * must name one folder under `go/`, not a path (ids are slugs, but the writer makes sure).
 * @example
 * folderName('能力范围') // => '能力范围'
 * folderName('../x') // throws
 */
export function folderName(segment: string): string {
	if (segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) {
		throw new Error(`“${segment}” cannot be the folder of a /go/ page.`);
	}
	return segment;
}

/**
 * Writes every language-neutral page into a built site (`dir`, the build's folder, without
 * Astro's `base`, which is in the pages' links): `go/<skill>/index.html`, and
 * `go/<skill>/<id>/index.html` for each id and alias of each section, the same page for each
 * (one file, hard-linked). Returns how many addresses it wrote. Synchronous: tens of thousands of small files are written
 * sooner one after another than through Node's thread pool, and nothing else runs meanwhile.
 * @example
 * writeGoPages('dist', goPages(skills, context)) // => 1458
 */
export function writeGoPages(dir: string, pages: GoPage[]): number {
	let written = 0;
	for (const page of pages) {
		const html = previewHtml(page.preview);
		const skill = join(dir, 'go', folderName(page.skill));
		const folders = page.ids.length ? page.ids.map((id) => join(skill, folderName(id))) : [skill];
		const [first, ...aliases] = folders.map((folder) => {
			mkdirSync(folder, { recursive: true });
			return join(folder, 'index.html');
		});
		writeFileSync(first!, html);
		// A section's other addresses are the same file, linked: half the pages are aliases, and a
		// link costs a third of a write (a host copies it as the file it is).
		for (const alias of aliases) linkSync(first!, alias);
		written += folders.length;
	}
	return written;
}
