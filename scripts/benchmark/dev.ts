/**
 * How `astro dev` copes with a library: how long until it serves a skill page, and how long an
 * edit to one source takes to show on that page, with every other skill left as it was.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/** The dev server's port: away from Astro's default, which a developer may be using. */
const port = Number(process.env.BENCH_DEV_PORT ?? 5010);

/** Polls `url` until its page contains `text`; the seconds since `since`. */
async function visible(
	url: string,
	text: string,
	since: number,
	timeout = 300_000
): Promise<number> {
	for (;;) {
		const page = await fetch(url).then(
			(response) => (response.ok ? response.text() : ''),
			() => ''
		);
		if (page.includes(text)) return (performance.now() - since) / 1000;
		if (performance.now() - since > timeout) throw new Error(`${url} did not show “${text}”.`);
		await new Promise((done) => setTimeout(done, 50));
	}
}

/** Starts `astro dev` on the skills in `library`; resolves with it once `url` shows `text`. */
async function startDev(library: string, url: string, text: string) {
	const started = performance.now();
	const server = spawn(
		process.execPath,
		['node_modules/.bin/astro', 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{ env: { ...process.env, SKILLS_DIR: library, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' }
	);
	try {
		return { server, seconds: await visible(url, text, started) };
	} catch (error) {
		server.kill();
		throw error;
	}
}

/**
 * Starts `astro dev` on the skills in `library` twice: without Astro's caches (a first start), and
 * again with the content store the first left (every later start), each time until the first
 * skill with a Chinese title has its Chinese page served; then changes that title in its source and waits
 * for the page to show it. The source is restored afterwards.
 * @example
 * await devTimes('.bench/skills-600') // => { cold: 40.2, warm: 21.4, edit: 1.61 }
 */
export async function devTimes(
	library: string
): Promise<{ cold: number; warm: number; edit: number }> {
	// The first skill with a Chinese title, which the edit changes.
	let name = '';
	let original = '';
	let title: unknown;
	for (const folder of (await readdir(library)).sort()) {
		original = await readFile(join(library, folder, 'skill.yaml'), 'utf8');
		title = parseDocument(original).getIn(['title', 'zh']);
		name = folder;
		if (typeof title === 'string') break;
	}
	if (typeof title !== 'string') throw new Error(`No skill in ${library} has a Chinese title.`);
	const file = join(library, name, 'skill.yaml');
	const url = `http://127.0.0.1:${port}/zh-cn/skills/${name}/`;
	for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) {
		await rm(cache, { recursive: true, force: true });
	}
	const cold = await startDev(library, url, title);
	// Stopped, and once its port is free, started again on the content store it saved.
	await new Promise((done) => cold.server.once('exit', done).kill());
	const { server, seconds: warm } = await startDev(library, url, title);
	try {
		const changed = parseDocument(original);
		const marker = `${title}（已修改）`;
		changed.setIn(['title', 'zh'], marker);
		const saved = performance.now();
		await writeFile(file, changed.toString());
		const edit = await visible(url, marker, saved);
		return { cold: cold.seconds, warm, edit };
	} finally {
		server.kill();
		await writeFile(file, original);
	}
}
