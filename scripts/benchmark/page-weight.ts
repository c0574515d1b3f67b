/**
 * What a reader downloads for a page, read from the built files: gzip bytes of its HTML and of
 * the CSS and JS it loads, as a host that compresses would send them.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { moduleImports, pageReferences } from './page-assets.ts';

interface PageWeight {
	/** Bytes of the page's HTML as built, inline scripts and styles included. */
	htmlBytes: number;
	/** Gzip bytes of the page's HTML. */
	html: number;
	/** Gzip bytes of the stylesheets it links. */
	css: number;
	/** Gzip bytes of its scripts, module preloads and everything they import statically. */
	js: number;
	/** Gzip bytes of what its scripts `import()` by name once loaded, and their imports. */
	afterLoad: number;
}

const gzipped = (content: Buffer | string) => gzipSync(content).length;

/**
 * Gzip bytes of the files at `paths` in `dist` and of their static imports, each file once across
 * calls that share `seen`, and the paths they `import()` for a later call.
 */
async function weigh(dist: string, paths: string[], seen: Set<string>) {
	const weight = { css: 0, js: 0, later: [] as string[] };
	const queue = [...paths];
	for (const path of queue) {
		if (seen.has(path)) continue;
		seen.add(path);
		const content = await readFile(join(dist, path)).catch((error: Error) => {
			throw new Error(`A page in ${dist} loads ${path}, which cannot be read: ${error.message}`);
		});
		if (extname(path) === '.css') {
			weight.css += gzipped(content);
			continue;
		}
		weight.js += gzipped(content);
		const code = content.toString();
		queue.push(...moduleImports(code, path, 'static'));
		weight.later.push(...moduleImports(code, path, 'dynamic'));
	}
	return weight;
}

/**
 * The weight of the page at URL path `path` of the site built in `dist`. What loads after the
 * page (Starlight fetches the Pagefind UI when the browser is idle) is kept apart from the rest.
 * @example
 * await pageWeight('.bench/site-dist', '/skills/mlops-engineer/')
 * // => { htmlBytes: 73736, html: 13295, css: 13240, js: 4084, afterLoad: 26499 }
 */
export async function pageWeight(dist: string, path: string): Promise<PageWeight> {
	const html = await readFile(join(dist, path, 'index.html'), 'utf8');
	const seen = new Set<string>();
	const { css, js, later } = await weigh(dist, pageReferences(html, path), seen);
	let afterLoad = 0;
	for (let next = later; next.length > 0;) {
		const more = await weigh(dist, next, seen);
		afterLoad += more.css + more.js;
		next = more.later;
	}
	return { htmlBytes: Buffer.byteLength(html), html: gzipped(html), css, js, afterLoad };
}
