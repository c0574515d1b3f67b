/**
 * The JavaScript a built page runs at load, file by file, in gzip -9 bytes: its module and
 * classic scripts, the module preloads, whatever those import statically (fetched with them) and
 * its inline scripts. What they `import()` later is listed apart, as it is not fetched at load.
 * For budgets such as issue 21's (passage anchors add at most 1 kB to a skill page):
 *   node scripts/page-js.ts [dist] [page path]     (defaults: dist /skills/mlops-engineer/)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { localPath, moduleImports } from './benchmark/page-assets.ts';

export interface PageScript {
	/** The file's path in the site, or `inline #n` for the page's n-th inline script. */
	name: string;
	/** Its bytes as served, and gzipped at level 9 (as `gzip -9`). */
	bytes: number;
	gzip: number;
}

export interface PageJs {
	/** What runs at load: one entry per request for a file, then the inline scripts. */
	atLoad: PageScript[];
	/** Files the code at load asks for with `import()`, fetched only when that runs. */
	later: string[];
}

const weigh = (name: string, code: Buffer | string): PageScript => ({
	name,
	bytes: Buffer.byteLength(code),
	gzip: gzipSync(code, { level: 9 }).length,
});

/** Types of `<script>` that a browser runs; JSON, templates and the like are data. */
const runs = (type: unknown) =>
	type === undefined || type === 'module' || /javascript/.test(`${type}`);

/**
 * The JavaScript the page at URL path `path` of the site built in `dist` runs at load.
 * @example
 * pageJs('dist', '/skills/mlops-engineer/').atLoad.map((s) => s.name)
 * // => ['/_astro/page.cNngjUgL.js', …, 'inline #1', …]
 */
export function pageJs(dist: string, path: string): PageJs {
	const tree = fromHtml(readFileSync(join(dist, path, 'index.html')));
	const files: string[] = [];
	const inline: PageScript[] = [];
	for (const element of selectAll('script, link[rel~=modulepreload][href]', tree)) {
		const { src, href, type } = element.properties;
		if (element.tagName === 'link' || src !== undefined) {
			files.push(...[localPath(String(href ?? src), path) ?? []].flat());
		} else if (runs(type)) {
			const code = (element as Element).children.map((c) => (c as Text).value ?? '').join('');
			inline.push(weigh(`inline #${inline.length + 1}`, code));
			if (type === 'module') files.push(...moduleImports(code, path, 'static'));
		}
	}
	// Each file once, with its static imports (a module graph is fetched whole before it runs).
	const atLoad: PageScript[] = [];
	const later = new Set<string>();
	const seen = new Set<string>();
	for (const file of files) {
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(join(dist, file));
		atLoad.push(weigh(file, code));
		files.push(...moduleImports(code.toString(), file, 'static'));
		for (const next of moduleImports(code.toString(), file, 'dynamic')) later.add(next);
	}
	return { atLoad: [...atLoad, ...inline], later: [...later].filter((file) => !seen.has(file)) };
}

/**
 * The sum of gzip bytes of scripts.
 * @example
 * gzipTotal(pageJs('dist', '/skills/mlops-engineer/').atLoad) // => 13250
 */
export const gzipTotal = (scripts: PageScript[]) => scripts.reduce((sum, s) => sum + s.gzip, 0);

if (import.meta.main) {
	const [dist = 'dist', path = '/skills/mlops-engineer/'] = process.argv.slice(2);
	const { atLoad, later } = pageJs(dist, path);
	for (const { name, bytes, gzip } of atLoad)
		console.log(`${String(gzip).padStart(6)} ${String(bytes).padStart(7)}  ${name}`);
	console.log(
		`${String(gzipTotal(atLoad)).padStart(6)} gzip -9 bytes in all, ${atLoad.length} scripts`
	);
	for (const file of later) console.log(`later (import()): ${file}`);
}
