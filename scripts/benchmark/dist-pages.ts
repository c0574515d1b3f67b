/**
 * How many pages a build made: its HTML files, Pagefind's own files aside.
 */
import { readdir } from 'node:fs/promises';

/**
 * The number of HTML pages under `dist`.
 * @example
 * await countPages('.bench/site-dist') // => 3003
 */
export async function countPages(dist: string): Promise<number> {
	const files = await readdir(dist, { recursive: true });
	return files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind')).length;
}
