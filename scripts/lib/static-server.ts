/**
 * A static file server for a built site, for the scripts that load pages in a browser (the
 * benchmark, Lighthouse, screenshots). `astro preview` would do, but it loads the project's
 * config (it cannot serve the benchmark's bare site from here) and indexes the files when it
 * starts, while the benchmark rebuilds a site between loads: this one reads each file when it is
 * asked for.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	// Pagefind compiles its WebAssembly with instantiateStreaming, which wants this type.
	'.wasm': 'application/wasm',
};
/** What is worth compressing, and its least size, as Vite's preview server (behind astro preview). */
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;
const minCompressed = 1024;

interface ServeOptions {
	/** 0, the default, takes any free port: see `url` for the one taken. */
	port?: number;
	/** Gzip text when the browser accepts it, as a real host would (and as Lighthouse expects). */
	gzip?: boolean;
}

/**
 * A running server, from `serveStatic`.
 * @example
 * { url: 'http://127.0.0.1:41234', close: async () => {} }
 */
export interface StaticServer {
	/** The origin served, without a trailing slash: `http://127.0.0.1:4460`. */
	url: string;
	close(): Promise<void>;
}

/** The file for a URL path, or nothing if it would leave `root`; folders serve their index.html. */
function fileFor(root: string, request: IncomingMessage): string | undefined {
	const { pathname } = new URL(request.url ?? '/', 'http://localhost');
	const file = join(root, decodeURIComponent(pathname));
	if (file !== root && !file.startsWith(root + sep)) return undefined;
	return pathname.endsWith('/') ? join(file, 'index.html') : file;
}

/** The file's bytes; a path without a slash that names a folder gets the folder's index.html. */
async function read(file: string): Promise<{ file: string; body: Buffer }> {
	try {
		return { file, body: await readFile(file) };
	} catch (error) {
		if ((error as { code?: string }).code !== 'EISDIR') throw error;
		const index = join(file, 'index.html');
		return { file: index, body: await readFile(index) };
	}
}

/**
 * Serves the files under `dir` on 127.0.0.1 until `close()`: a missing file gets the site's
 * 404.html (or an empty body) with status 404. Throws if `dir` is not a folder, which mostly
 * means the site has not been built.
 * @example
 * const server = await serveStatic('dist', { gzip: true });
 * try { await page.goto(`${server.url}/zh-cn/`); } finally { await server.close(); }
 */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
	const root = resolve(dir);
	const isFolder = await stat(root).then(
		(found) => found.isDirectory(),
		() => false
	);
	if (!isFolder) throw new Error(`There is no built site in ${dir}/ to serve: build it first.`);
	const server = createServer(async (request, response) => {
		let status = 200;
		let found: { file: string; body: Buffer };
		try {
			const file = fileFor(root, request);
			if (!file) throw new Error(`${request.url} is outside ${root}`);
			found = await read(file);
		} catch {
			status = 404;
			const notFound = join(root, '404.html');
			found = await read(notFound).catch(() => ({ file: notFound, body: Buffer.alloc(0) }));
		}
		const type = contentTypes[extname(found.file)] ?? 'application/octet-stream';
		const headers: Record<string, string> = { 'content-type': type };
		let body = found.body;
		if (options.gzip && compressible.test(type) && body.length >= minCompressed) {
			headers.vary = 'accept-encoding';
			if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
				body = gzipSync(body);
				headers['content-encoding'] = 'gzip';
			}
		}
		headers['content-length'] = String(body.length);
		response.writeHead(status, headers);
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((listening, failed) => {
		server.once('error', (error) =>
			failed(new Error(`Could not serve ${dir} on port ${options.port ?? 0}: ${error.message}`))
		);
		server.listen(options.port ?? 0, '127.0.0.1', listening);
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((closed, failed) => {
				server.closeAllConnections();
				server.close((error) => (error ? failed(error) : closed()));
			}),
	};
}
