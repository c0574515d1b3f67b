import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersRule } from './headers';
import { publishedFiles } from './published-files';
import { previewSkillFiles, serveSkillFiles } from './serve-skill-file';

/**
 * Publishes the images of every skill at `<base>/skill-files/<skill>/<path in its folder>`: the
 * files its texts show, checked when the source was read (source/skill-files.ts). A build copies
 * each under its own name, byte for byte, after the pages; `astro dev` serves them (and their
 * headers) from the skills' folders. Not an Astro route: a route's path is decoded before it is
 * matched, so a legal file name such as `a%41.png` stopped the build, and `x#y.png` was written
 * under another name. A static host decodes the page's `a%2541.png` to the file `a%41.png`, and so
 * does `astro preview`, through serve-skill-file.ts. The build also adds the headers of
 * headers.ts to `_headers`, for hosts that read it.
 * @example
 * integrations: [skillFiles()]
 */
export function skillFiles(): AstroIntegration {
	let base = '/';
	return {
		name: 'skill-files',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'preview') return;
				const bypass = previewSkillFiles(config.base, fileURLToPath(config.outDir));
				const path = `^${config.base.replace(/\/*$/, '/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}skill-files/`;
				updateConfig({ vite: { preview: { proxy: { [path]: { bypass } } } } });
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(serveSkillFiles(base));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = join(fileURLToPath(dir), 'skill-files');
				// What an earlier build published may be shown by no skill now.
				await rm(out, { recursive: true, force: true });
				let count = 0;
				for (const [name, { folder, files }] of publishedFiles())
					for (const file of files) {
						const to = join(out, name, file);
						await mkdir(dirname(to), { recursive: true });
						await copyFile(join(folder, file), to);
						count++;
					}
				// Beside the site's own rules, if public/ has a `_headers`.
				const headers = join(fileURLToPath(dir), '_headers');
				const rules = await readFile(headers, 'utf8').catch(() => '');
				const rule = headersRule(base);
				if (!rules.includes(rule))
					await writeFile(
						headers,
						rules && !rules.endsWith('\n') ? `${rules}\n${rule}` : rules + rule
					);
				logger.info(`Published ${count} skill file${count === 1 ? '' : 's'} and their headers.`);
			},
		},
	};
}
