import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { imageType } from '../schema/image';
import { skillFileHeaders } from './headers';
import { publishedFiles } from './published-files';
import { requestedFile } from './requested-file';

/** Sends a file as its image type with the skill files' headers; `false` if it cannot be read. */
async function sendFile(response: ServerResponse, path: string, file: string): Promise<boolean> {
	const body = await readFile(path).catch(() => undefined);
	if (!body) return false;
	response.writeHead(200, {
		'Content-Type': imageType(file) ?? 'application/octet-stream',
		...skillFileHeaders,
	});
	response.end(body);
	return true;
}

const pathOf = (request: IncomingMessage) => new URL(request.url ?? '/', 'http://x').pathname;

/**
 * Connect middleware for `astro dev`: serves the skill files the build would publish (only the
 * images a checked skill's texts show), from the skills' folders, with their headers. Anything
 * else goes on to Astro.
 * @example
 * server.middlewares.use(serveSkillFiles('/'))
 */
export function serveSkillFiles(base: string) {
	return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
		const asked = requestedFile(pathOf(request), base);
		const skill = asked && publishedFiles().get(asked.name);
		if (!asked || !skill?.files.includes(asked.file)) return next();
		void sendFile(response, join(skill.folder, asked.file), asked.file).then(
			(sent) => sent || next()
		);
	};
}

/**
 * For `astro preview`: a Vite proxy `bypass` that serves the skill files of a build (`outDir`)
 * with their headers. Vite's preview server decodes a path with `decodeURI`, which leaves
 * `%23`, `%3F`, `%2B`, `%26` … as they are, so it could not find `x#y.png`; and a proxy's bypass
 * is where Astro's preview lets a project answer a request (it takes no plugins). A bypass that
 * answered returns the URL with the response ended; any other request goes on as it came.
 * @example
 * vite: { preview: { proxy: { '^/skill-files/': { bypass: previewSkillFiles('/', 'dist') } } } }
 */
export function previewSkillFiles(base: string, outDir: string) {
	return async (request: IncomingMessage, response: ServerResponse | undefined) => {
		const asked = requestedFile(pathOf(request), base);
		if (asked && response)
			await sendFile(response, join(outDir, 'skill-files', asked.name, asked.file), asked.file);
		return request.url ?? '/';
	};
}
