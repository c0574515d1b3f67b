import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The built sites the checks cover: the site itself, the one built from the fixture skills, and
 * the one built from the 40 real skills imported with their Chinese (`npm run build:real`). */
export const builtSites = ['dist', 'dist-fixtures', 'dist-real'];

/** Every HTML page of a built site, as paths relative to it. */
export function htmlPages(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.split('\\').join('/'))
		.sort();
}

export const inSite = (site: string, page: string) => join(site, page);

/**
 * Where each built site's skill sources are, from the project root.
 * @example
 * skillsDirOf('dist-fixtures') // => 'tests/fixtures/skills'
 */
export function skillsDirOf(site: string): string {
	const dirs: Record<string, string> = {
		dist: 'content/skills',
		'dist-fixtures': 'tests/fixtures/skills',
		'dist-real': '.real-skills',
	};
	return dirs[site]!;
}
