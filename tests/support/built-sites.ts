import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The built sites the checks cover: the site itself and the one built from the fixture skills. */
export const builtSites = ['dist', 'dist-fixtures'];

/** Every HTML page of a built site, as paths relative to it. */
export function htmlPages(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.split('\\').join('/'))
		.sort();
}

export const inSite = (site: string, page: string) => join(site, page);
