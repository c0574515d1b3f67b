import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchRoutes } from './files';

// Starlight runs Pagefind over every HTML file of a build. Ours has as many pages again that no
// reader searches, and they are the largest: each skill's two compare views (both languages side
// by side, `pagefind: false`). Pagefind reads them only to find nothing to index: at 600 skills
// that was 1,800 files, 139 MB, and about 4 of its 9 seconds. So Starlight's own indexing is off
// (astro.config.mjs) and this integration indexes the other pages, and gives Starlight's search
// box the settings Starlight gives it when it indexes. The language-neutral /go/ pages are
// written after it runs (src/previews/go-integration.ts).

/** The routes of pages without a searchable body, by their file. */
const unsearched = ['src/pages/[...locale]/skills/[skill]/compare.astro'];

/** Characters that mean something in a Pagefind glob (the list of files it is given). */
const globSyntax = /[{},*?[\]\\!]/;

/** Starlight's search settings (what its `pagefind: true` gives its search box), read from its own
 * schema while Astro loads the config: the config's module loader is gone by the time hooks run. */
const schema = new URL(
	'../../node_modules/@astrojs/starlight/dist/schemas/pagefind.js',
	import.meta.url
);
const settings = JSON.stringify(
	(
		await import(/* @vite-ignore */ schema.href).catch((cause) => {
			throw new Error(
				`src/search/search-index.ts reads Starlight's search settings from ${fileURLToPath(schema)}, which did not load: check where Starlight keeps PagefindConfigDefaults now.`,
				{ cause }
			);
		})
	).PagefindConfigDefaults()
);

/** The HTML files of a build, as paths from its folder, but those of the unsearched routes. */
async function searchedFiles(dir: URL, skipped: URL[][]): Promise<string[]> {
	const skip = new Set(skipped.flat().map((file) => fileURLToPath(file)));
	const root = fileURLToPath(dir);
	const files = (await readdir(root, { recursive: true }))
		.filter((file) => file.endsWith('.html') && !skip.has(join(root, file)))
		.map((file) => file.split('\\').join('/'));
	const unsafe = files.find((file) => globSyntax.test(file));
	if (unsafe) throw new Error(`Cannot give Pagefind the file ${unsafe}: its name is glob syntax.`);
	return files.sort();
}

/**
 * Indexes a build's searchable pages with Pagefind, as Starlight would index every page, into
 * `<dir>/pagefind/`; gives the search box Starlight's settings; and adds the routes of the files
 * the search reads beside the index (files.ts).
 * @example
 * integrations: [starlight({ pagefind: false, components: { Search: … } }), searchIndex()]
 */
export function searchIndex(): AstroIntegration {
	let skipped = new Set<string>();
	return {
		name: 'search-index',
		hooks: {
			'astro:config:setup': ({ updateConfig, injectRoute }) => {
				// What the search reads beside Pagefind's index: the dictionary that expands a Chinese
				// query into English, and each catalog's texts in the other language (files.ts).
				injectRoute({
					pattern: searchRoutes.words,
					entrypoint: new URL('./build/words-route.ts', import.meta.url),
					prerender: true,
				});
				injectRoute({
					pattern: searchRoutes.catalog,
					entrypoint: new URL('./build/catalog-route.ts', import.meta.url),
					prerender: true,
				});
				const id = 'virtual:starlight/pagefind-config';
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'search-settings',
								enforce: 'pre',
								resolveId: (source) => (source === id ? `\0${id}` : undefined),
								load: (loaded) =>
									loaded === `\0${id}`
										? `export const pagefindUserConfig = ${settings};`
										: undefined,
							},
						],
					},
				});
			},
			'astro:routes:resolved': ({ routes }) => {
				const found = routes.filter((route) => unsearched.includes(route.entrypoint));
				if (found.length !== unsearched.length) {
					throw new Error(
						`src/search/search-index.ts leaves out of search the pages of ${unsearched.join(' and ')}, but found ${found.length} of these routes.`
					);
				}
				skipped = new Set(found.map((route) => route.pattern));
			},
			'astro:build:done': async ({ dir, assets, logger }) => {
				const start = performance.now();
				logger.info('Building search index with Pagefind...');
				const files = await searchedFiles(
					dir,
					[...assets].filter(([pattern]) => skipped.has(pattern)).map(([, urls]) => urls)
				);
				try {
					const { index, errors } = await pagefind.createIndex();
					const added = await index!.addDirectory({
						path: fileURLToPath(dir),
						glob: `{${files.join(',')}}`,
					});
					const written = await index!.writeFiles({
						outputPath: fileURLToPath(new URL('pagefind/', dir)),
					});
					const problems = [...errors, ...added.errors, ...written.errors];
					if (problems.length > 0) throw new Error(problems.join('\n'));
					logger.info(
						`Found ${added.page_count} HTML files to index, and left out ${skipped.size} routes' pages.`
					);
				} finally {
					await pagefind.close();
				}
				logger.info(`Finished in ${((performance.now() - start) / 1000).toFixed(2)}s.`);
			},
		},
	};
}
