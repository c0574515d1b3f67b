import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { goRoutes, type GoPage } from './go-pages';
import { writeGoPages } from './go-files';

/** The file through which a build hands the pages' previews from Astro's route to the writer. */
const manifestFile = 'go-previews.json';

/**
 * The language-neutral pages, `/go/<skill>/` and `/go/<skill>/<section>/` (each section's id and
 * alias): tiny pages without Starlight, whose previews name what they open, and which send each
 * reader on to their language. `astro dev` serves them from a route (go-route.ts). A build renders
 * their previews in one route (go-manifest.ts) and writes the pages after Astro's own, which is
 * the cheapest way to make tens of thousands of them: see the README's benchmark.
 * List it after the search index's integration: its pages are not for Pagefind to read.
 * @example
 * integrations: [starlight(…), searchIndex(), goLinks()]
 */
export function goLinks(): AstroIntegration {
	return {
		name: 'go-links',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'dev') {
					for (const pattern of Object.values(goRoutes)) {
						injectRoute({ pattern, entrypoint: new URL('./go-route.ts', import.meta.url) });
					}
				}
				if (command === 'build') {
					injectRoute({
						pattern: `/${manifestFile}`,
						entrypoint: new URL('./go-manifest.ts', import.meta.url),
					});
				}
			},
			'astro:build:done': ({ dir, logger }) => {
				const start = performance.now();
				const manifest = new URL(manifestFile, dir);
				const pages = JSON.parse(readFileSync(manifest, 'utf8')) as GoPage[];
				rmSync(manifest);
				const written = writeGoPages(fileURLToPath(dir), pages);
				const seconds = ((performance.now() - start) / 1000).toFixed(2);
				logger.info(`Wrote ${written} language-neutral pages (/go/) in ${seconds}s.`);
			},
		},
	};
}
