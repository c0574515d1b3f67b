/**
 * Measures this site against a bare Starlight site built from the same text in the same run, at
 * several library sizes: cold build time, peak memory, pages, what a reader downloads for a skill
 * page (gzip), and how fast that page loads in headless Chromium. Prints a Markdown report of
 * medians and writes it to .bench/benchmark.md.
 *   npm run benchmark -- [--sizes 1,100,600:1] [--runs 3] [--sources a,b] [--skill x] [--no-browser] [--dev]
 * Each size's library is made from the skill sources (library.ts) in .bench/skills-<size>/;
 * everything it builds goes under .bench/ (the bare project in .bench/bare/, this site in
 * .bench/site-dist/), so dist/ is neither needed nor touched; it does delete this project's build
 * caches (.astro/, node_modules/.astro, node_modules/.vite), which the next build or check remakes.
 * The skill measured is the first source's first skill unless `--skill` names one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic, type StaticServer } from '../lib/static-server.ts';
import { benchmarkOptions, realSkills } from './args.ts';
import { skillPagePath, writeBareSite } from './bare-site.ts';
import { benchSites, coldBuild, roundOrder, type Site } from './build.ts';
import { devTimes } from './dev.ts';
import { countPages } from './dist-pages.ts';
import { writeLibrary } from './library.ts';
import { loadTimes } from './load-time.ts';
import { pageWeight } from './page-weight.ts';
import { benchmarkReport, record, type Samples, type SizeResult } from './report.ts';
import { readSkillMarkdown } from './skill-markdown.ts';

const benchDir = '.bench';
/** A few loads a round: one load's time varies far more than a build's. */
const loadsPerRound = 3;

interface Page {
	/** The row label's prefix: `EN`, `ZH`. */
	language: string;
	path: string;
}

async function recordWeights(into: Samples, dist: string, pages: Page[]): Promise<void> {
	for (const { language, path } of pages) {
		const { htmlBytes, html, css, js, afterLoad } = await pageWeight(dist, path);
		record(into, `${language} page: HTML`, 'kB', htmlBytes / 1000);
		record(into, `${language} page: HTML (gzip)`, 'kB', html / 1000);
		record(into, `${language} page: CSS (gzip)`, 'kB', css / 1000);
		record(into, `${language} page: JS (gzip)`, 'kB', js / 1000);
		record(into, `${language} page: total (gzip)`, 'kB', (html + css + js) / 1000);
		record(into, `${language} page: JS after load (gzip)`, 'kB', afterLoad / 1000);
	}
}

async function recordLoads(into: Samples, browser: Browser, origin: string, pages: Page[]) {
	for (let load = 0; load < loadsPerRound; load++) {
		for (const { language, path } of pages) {
			const times = await loadTimes(browser, origin + path);
			record(into, `${language} page: DOMContentLoaded`, 'ms', times.dcl);
			record(into, `${language} page: load`, 'ms', times.load);
		}
	}
}

const options = benchmarkOptions();
if (options.sources.includes(realSkills.dir) && !existsSync(realSkills.dir)) {
	console.log(`Importing the real skills of ${realSkills.from} into ${realSkills.dir}…`);
	execFileSync(process.execPath, ['scripts/import.ts', realSkills.from, '--out', realSkills.dir], {
		stdio: 'ignore',
	});
}
const { bare, site } = benchSites(benchDir);
const results: SizeResult[] = [];
let pages: Page[] = [];
const browser = options.browser ? await launchChromium() : undefined;
// Started once a site is built: the server needs a folder to serve, and reads every file when
// asked, so it serves each round's new build.
const servers = new Map<Site, StaticServer>();
try {
	for (const { skills, runs } of options.sizes) {
		const library = join(benchDir, `skills-${skills}`);
		const names = await writeLibrary(options.sources, skills, library);
		const skill = options.skill ?? names[0]!;
		if (!names.includes(skill)) throw new Error(`No skill “${skill}” in the library of ${skills}.`);
		const languages = await readSkillMarkdown(library);
		pages = languages.map(({ key, prefix }) => ({
			language: key.toUpperCase(),
			path: skillPagePath(prefix, skill),
		}));
		await writeBareSite(join(benchDir, 'bare'), languages);
		const samples = new Map<Site, Samples>([
			[bare, new Map()],
			[site, new Map()],
		]);
		for (let round = 1; round <= runs; round++) {
			// Each round starts with the other site, so that neither always runs on a warmer machine.
			const order = roundOrder(round, [bare, site]);
			for (const target of order) {
				const { seconds, peakMB } = await coldBuild(target, { SKILLS_DIR: library });
				console.log(
					`${skills} skills, round ${round}/${runs}: ${target.label} built in ${seconds.toFixed(1)} s, ${Math.round(peakMB ?? 0)} MB`
				);
				const into = samples.get(target)!;
				record(into, 'Cold build', 's', seconds);
				if (peakMB !== undefined) record(into, 'Peak memory', 'MB', peakMB);
				record(into, 'Pages', 'pages', await countPages(target.dist));
				await recordWeights(into, target.dist, pages);
				if (!browser) continue;
				if (!servers.has(target)) servers.set(target, await serveStatic(target.dist));
				await recordLoads(into, browser, servers.get(target)!.url, pages);
			}
		}
		const measured = (target: Site) => ({ label: target.label, samples: samples.get(target)! });
		results.push({ skills, runs, bare: measured(bare), site: measured(site) });
	}
} finally {
	await browser?.close();
	await Promise.all([...servers.values()].map((server) => server.close()));
}

let report = benchmarkReport({
	sizes: results,
	pages: pages.map(({ path }) => path),
	loadsPerRound,
	sources: options.sources,
});
if (options.dev) {
	const largest = results.at(-1)!.skills;
	const { cold, warm, edit } = await devTimes(join(benchDir, `skills-${largest}`));
	report += `\n\`astro dev\` at ${largest} skills: serves a skill page ${cold.toFixed(1)} s after a first start (no caches), ${warm.toFixed(1)} s after a later start (with the content store the first one saved); an edit to one source shows on its page ${edit.toFixed(2)} s after saving.\n`;
}
console.log(`\n${report}`);
await writeFile(join(benchDir, 'benchmark.md'), report);
