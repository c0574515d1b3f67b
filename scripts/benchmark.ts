/**
 * Measures this site against a bare Starlight site built from the same text in the same run: cold
 * build time, what a reader downloads for a skill page (gzip), and how fast that page loads in
 * headless Chromium. Prints a Markdown table of medians and writes it to .bench/benchmark.md.
 *   npm run benchmark -- [--runs 5] [--skill mlops-engineer] [--no-browser]
 * Everything it builds goes under .bench/ (the bare project in .bench/bare/, this site in
 * .bench/site-dist/), so dist/ is never touched; it does delete this project's build caches
 * (.astro/, node_modules/.astro, node_modules/.vite), which the next build or check remakes.
 * The skill measured is the first by name unless `--skill` names one.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { registerHooks } from 'node:module';
import { cpus } from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import type { Heading } from 'mdast';
import { visit } from 'unist-util-visit';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.ts';
import type { LanguageKey } from '../src/i18n/languages.ts';
import type { Skill } from '../src/schema/skill.ts';

// The site's modules import each other without extensions, as Vite allows; Node's own loader
// does not, so a relative import that is not found is retried as `.ts`. The hook has to be in
// place before they load, hence the dynamic imports below.
registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			const missing = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
			if (missing && /^\.\.?\//.test(specifier)) return nextResolve(`${specifier}.ts`, context);
			throw error;
		}
	},
});
const { readSkills } = await import('../src/source/read-skills.ts');
const { pageTree } = await import('../src/views/page-tree.ts');
const { skillModel } = await import('../src/model/skill-model.ts');
const { serialize } = await import('../src/markdown/serialize.ts');
const { languages } = await import('../src/i18n/languages.ts');
const { t, ui } = await import('../src/i18n/ui.ts');

const skillsDir = process.env.SKILLS_DIR ?? 'content/skills';
const benchDir = '.bench';
const bareRoot = join(benchDir, 'bare');
const astroBin = 'node_modules/.bin/astro';
const loadsPerRound = 3;

interface Site {
	label: string;
	/** Arguments of `astro build`. */
	build: string[];
	dist: string;
	/** Deleted before every build, so that each one is cold: Astro's content store and Vite's cache. */
	caches: string[];
	/** Where the browser timing serves `dist`. */
	port: number;
}

const bare: Site = {
	label: 'Bare Starlight',
	build: ['build', '--root', bareRoot],
	dist: join(bareRoot, 'dist'),
	// Its node_modules holds only caches: packages resolve from the repository's.
	caches: [join(bareRoot, '.astro'), join(bareRoot, 'node_modules')],
	port: 4460,
};
const site: Site = {
	label: 'This site',
	build: ['build', '--outDir', join(benchDir, 'site-dist')],
	dist: join(benchDir, 'site-dist'),
	caches: ['.astro', 'node_modules/.astro', 'node_modules/.vite'],
	port: 4461,
};

type Unit = 's' | 'kB' | 'ms';
/** One site's measurements, by metric label, in the order they were first taken. */
type Samples = Map<string, { unit: Unit; values: number[] }>;

function record(samples: Samples, label: string, unit: Unit, value: number): void {
	const series = samples.get(label) ?? { unit, values: [] };
	series.values.push(value);
	samples.set(label, series);
}

function options() {
	const { values } = parseArgs({
		options: {
			runs: { type: 'string', default: '5' },
			skill: { type: 'string' },
			browser: { type: 'boolean', default: true },
		},
		allowNegative: true,
	});
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1.`);
	return { runs, skill: values.skill, browser: values.browser };
}

/**
 * A skill's page body as plain Starlight would get it: our Markdown without the shared `{#id}`s
 * and the alias anchors, so that Starlight slugs the headings itself.
 */
function plainMarkdown(skill: Skill, key: LanguageKey): string {
	const tree = pageTree(skillModel(skill), key, { pending: t(key)('skill.pendingTranslation') });
	visit(tree, 'heading', (heading: Heading) => {
		delete heading.data?.id;
		heading.children = heading.children.filter(
			(child) => !(child.type === 'html' && child.value.includes('class="section-alias"'))
		);
	});
	return serialize(tree);
}

function page(title: string, description: string | undefined, body: string): string {
	// JSON strings are valid YAML scalars, whatever the text contains.
	const lines = [`title: ${JSON.stringify(title)}`];
	if (description) lines.push(`description: ${JSON.stringify(description)}`);
	return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

/** The bare project: Starlight's defaults, the same two locales, and a page per skill and language. */
async function writeBareSite(skills: Skill[]): Promise<void> {
	await rm(bareRoot, { recursive: true, force: true });
	const title = { en: ui.en['site.title'], 'zh-CN': ui.zh['site.title'] };
	const files: Record<string, string> = {
		'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [
		starlight({
			title: ${JSON.stringify(title)},
			defaultLocale: 'root',
			locales: { root: { label: 'English', lang: 'en' }, 'zh-cn': { label: '简体中文', lang: 'zh-CN' } },
		}),
	],
});
`,
		'src/content.config.mjs': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	};
	for (const key of ['en', 'zh'] as const) {
		const { locale, prefix } = languages[key];
		const dir = `src/content/docs/${locale === 'root' ? '' : `${locale}/`}`;
		const links = skills.map((skill) => `- [${skill.title[key]}](${prefix}/skills/${skill.name}/)`);
		files[`${dir}index.md`] = page(ui[key]['site.title'], undefined, `${links.join('\n')}\n`);
		for (const skill of skills) {
			const body = plainMarkdown(skill, key);
			files[`${dir}skills/${skill.name}.md`] = page(skill.title[key], skill.description[key], body);
		}
	}
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(bareRoot, path)), { recursive: true });
		await writeFile(join(bareRoot, path), text);
	}
}

/** A cold `astro build` of the site, in seconds. Its output is kept beside the dist, in `<dist>.log`. */
async function build(target: Site): Promise<number> {
	await Promise.all(target.caches.map((dir) => rm(dir, { recursive: true, force: true })));
	const start = performance.now();
	// Through this Node (22), not whichever `node` is on the PATH.
	const child = spawn(process.execPath, [astroBin, ...target.build], {
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const code = await new Promise<number | null>((done) => child.on('close', done));
	const seconds = (performance.now() - start) / 1000;
	await writeFile(`${target.dist}.log`, output);
	if (code !== 0) {
		throw new Error(
			`${target.label}: astro ${target.build.join(' ')} failed:\n${output.slice(-3000)}`
		);
	}
	return seconds;
}

/** The attributes of an HTML start tag, as our builds write them. */
function attributes(tag: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const [, name, ...values] of tag.matchAll(
		/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
	)) {
		found[name!.toLowerCase()] = values.find((value) => value !== undefined) ?? '';
	}
	return found;
}

/** The same-origin path a URL in a file at `from` points to, or nothing for another origin. */
function localPath(url: string, from: string): string | undefined {
	const origin = 'http://bench.invalid';
	const target = new URL(url, new URL(from, origin));
	return target.origin === origin ? decodeURIComponent(target.pathname) : undefined;
}

/** Static imports (`import"./a.js"`, `import{x}from"./a.js"`, `export{x}from…`), fetched with the module. */
const staticImport = /\b(?:import|from)\s*["']([^"']+)["']/g;
/** `import("./a.js")` with a literal specifier; one built from variables cannot be followed. */
const dynamicImport = /\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;

function moduleImports(code: string, from: string, pattern: RegExp): string[] {
	const specifiers = [...code.matchAll(pattern)].map((match) => match[1]!);
	return specifiers.flatMap((specifier) => localPath(specifier, from) ?? []);
}

/** The stylesheets, scripts and module preloads a page's HTML asks for, and their imports. */
function pageReferences(html: string, from: string): string[] {
	const urls: string[] = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const { rel = '', href } = attributes(tag);
		if (href && /\b(stylesheet|modulepreload)\b/i.test(rel)) urls.push(href);
	}
	for (const [, tag, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const { src, type } = attributes(tag!);
		if (src) urls.push(src);
		else if (type === 'module') urls.push(...moduleImports(body!, from, staticImport));
	}
	return urls.flatMap((url) => localPath(url, from) ?? []);
}

const gzipped = (content: Buffer | string) => gzipSync(content).length;

/**
 * Gzip bytes of `urls` and their static imports, each file once across calls (`seen`), and what
 * they `import()` for later.
 */
async function fetched(dist: string, urls: string[], seen: Set<string>) {
	const weight = { css: 0, js: 0, later: [] as string[] };
	const queue = [...urls];
	for (const url of queue) {
		if (seen.has(url)) continue;
		seen.add(url);
		const content = await readFile(join(dist, url));
		if (extname(url) === '.css') weight.css += gzipped(content);
		else {
			weight.js += gzipped(content);
			queue.push(...moduleImports(content.toString(), url, staticImport));
			weight.later.push(...moduleImports(content.toString(), url, dynamicImport));
		}
	}
	return weight;
}

/**
 * Gzip bytes of a page's HTML and of the CSS and JS it loads, and apart from those, of what its
 * scripts `import()` after loading (Starlight fetches the Pagefind UI when the browser is idle).
 */
async function pageWeight(dist: string, path: string) {
	const html = await readFile(join(dist, path, 'index.html'), 'utf8');
	const seen = new Set<string>();
	const { css, js, later } = await fetched(dist, pageReferences(html, path), seen);
	let afterLoad = 0;
	for (let next = later; next.length > 0;) {
		const more = await fetched(dist, next, seen);
		afterLoad += more.css + more.js;
		next = more.later;
	}
	return { html: gzipped(html), css, js, afterLoad };
}

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
};

/**
 * A static server for a dist, reading files on every request: the dist is rebuilt between loads,
 * and a server that indexes it at start (like `astro preview`'s) could serve files gone stale.
 */
function serve(dist: string, port: number): Promise<Server> {
	const root = resolve(dist);
	const server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		let file = join(root, decodeURIComponent(pathname));
		if (pathname.endsWith('/')) file = join(file, 'index.html');
		try {
			if (!file.startsWith(`${root}/`)) throw new Error('outside the dist');
			const body = await readFile(file);
			response.writeHead(200, {
				'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
			});
			response.end(body);
		} catch {
			response.writeHead(404).end();
		}
	});
	return new Promise((listening, failed) => {
		server.once('error', failed);
		server.listen(port, '127.0.0.1', () => listening(server));
	});
}

/** DOMContentLoaded and load of one page, in ms from navigation start, with an empty cache. */
async function loadTimes(browser: Browser, url: string) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		// `load` has fired, but its end is stamped after its handlers run.
		const timing = await page.waitForFunction(() => {
			const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
			return entry && entry.loadEventEnd > 0
				? { dcl: entry.domContentLoadedEventEnd, load: entry.loadEventEnd }
				: false;
		});
		return (await timing.jsonValue()) as { dcl: number; load: number };
	} finally {
		await context.close();
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function format(value: number, unit: Unit): string {
	if (unit === 's') return `${value.toFixed(2)} s`;
	if (unit === 'kB') return `${value.toFixed(1)} kB`;
	return `${Math.round(value)} ms`;
}

function table(bareSamples: Samples, siteSamples: Samples): string {
	const rows = [...bareSamples].map(([label, { unit, values }]) => {
		const ours = median(siteSamples.get(label)!.values);
		const theirs = median(values);
		const ratio = theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '–';
		return `| ${label} | ${format(theirs, unit)} | ${format(ours, unit)} | ${ratio} |`;
	});
	return [
		`| Metric | ${bare.label} (median) | ${site.label} (median) | Ratio |`,
		'| --- | ---: | ---: | ---: |',
		...rows,
	].join('\n');
}

const { runs, skill: chosen, browser: useBrowser } = options();
const skills = (await readSkills(skillsDir, pathToFileURL(`${process.cwd()}/`))).map(
	({ skill, error }) => {
		if (!skill) throw error;
		return skill;
	}
);
const skill = chosen ? skills.find(({ name }) => name === chosen) : skills[0];
if (!skill)
	throw new Error(
		chosen ? `No skill “${chosen}” in ${skillsDir}/.` : `No skills in ${skillsDir}/.`
	);
const pages = { EN: `/skills/${skill.name}/`, ZH: `/zh-cn/skills/${skill.name}/` };

await writeBareSite(skills);
const samples = new Map<Site, Samples>([
	[bare, new Map()],
	[site, new Map()],
]);
const servers = useBrowser ? await Promise.all([bare, site].map((s) => serve(s.dist, s.port))) : [];
const browser = useBrowser
	? await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
	: undefined;
try {
	for (let round = 1; round <= runs; round++) {
		// Each round starts with the other site, so that neither always runs on a warmer machine.
		const order = round % 2 ? [bare, site] : [site, bare];
		for (const target of order) {
			const seconds = await build(target);
			console.log(`Round ${round}/${runs}: ${target.label} built in ${seconds.toFixed(1)} s`);
			record(samples.get(target)!, 'Cold build', 's', seconds);
		}
		for (const target of order) {
			const into = samples.get(target)!;
			for (const [language, path] of Object.entries(pages)) {
				const { html, css, js, afterLoad } = await pageWeight(target.dist, path);
				record(into, `${language} page: HTML (gzip)`, 'kB', html / 1000);
				record(into, `${language} page: CSS (gzip)`, 'kB', css / 1000);
				record(into, `${language} page: JS (gzip)`, 'kB', js / 1000);
				record(into, `${language} page: total (gzip)`, 'kB', (html + css + js) / 1000);
				record(into, `${language} page: JS after load (gzip)`, 'kB', afterLoad / 1000);
			}
			if (!browser) continue;
			// A few loads a round: one load's time varies far more than a build's.
			for (let load = 0; load < loadsPerRound; load++) {
				for (const [language, path] of Object.entries(pages)) {
					const url = `http://127.0.0.1:${target.port}${path}`;
					const times = await loadTimes(browser, url);
					record(into, `${language} page: DOMContentLoaded`, 'ms', times.dcl);
					record(into, `${language} page: load`, 'ms', times.load);
				}
			}
		}
	}
} finally {
	await browser?.close();
	for (const server of servers) server.close();
}

const report = `## ${site.label} vs. ${bare.label}

${runs} round${runs === 1 ? '' : 's'}, alternating which site goes first · Node ${process.version} · ${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}

Skill pages: \`${pages.EN}\` and \`${pages.ZH}\`. Weights are gzip bytes of the HTML (inline scripts included) and of every stylesheet, script, module preload and static import the page loads; "JS after load" is what its scripts \`import()\` by name once it has loaded (Starlight's Pagefind UI), not in the total. Load times: headless Chromium, a new profile per load (empty cache), ${loadsPerRound} loads per page a round, a local server without compression.

${table(samples.get(bare)!, samples.get(site)!)}

The bare site has the same text as plain Starlight pages. This site's pages carry more: the switch between English, Chinese and the compare view, a copy-link button and menu on every heading, anchors for old section ids, \`hreflang\` and Open Graph alternates, and the scripts that keep your place when switching language; its build also makes the compare and \`/go/\` pages and a sitemap.
`;
console.log(`\n${report}`);
await writeFile(join(benchDir, 'benchmark.md'), report);
