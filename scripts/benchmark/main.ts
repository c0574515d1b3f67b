/**
 * Measures this site against a bare Starlight site built from the same text in the same run: cold
 * build time, what a reader downloads for a skill page (gzip), and how fast that page loads in
 * headless Chromium. Prints a Markdown table of medians and writes it to .bench/benchmark.md.
 *   npm run benchmark -- [--runs 5] [--skill mlops-engineer] [--no-browser]
 * Everything it builds goes under .bench/ (the bare project in .bench/bare/, this site in
 * .bench/site-dist/), so dist/ is neither needed nor touched; it does delete this project's build
 * caches (.astro/, node_modules/.astro, node_modules/.vite), which the next build or check remakes.
 * The skill measured is the first by name unless `--skill` names one. SKILLS_DIR reads skills
 * from another folder, as for the site's build.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic, type StaticServer } from '../lib/static-server.ts';
import { benchmarkOptions } from './args.ts';
import { skillPagePath, writeBareSite } from './bare-site.ts';
import { benchSites, coldBuild, roundOrder, type Site } from './build.ts';
import { loadTimes } from './load-time.ts';
import { pageWeight } from './page-weight.ts';
import { benchmarkReport, record, type Samples } from './report.ts';
import { readSkillMarkdown } from './skill-markdown.ts';

const skillsDir = process.env.SKILLS_DIR ?? 'content/skills';
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
		const { html, css, js, afterLoad } = await pageWeight(dist, path);
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
const languages = await readSkillMarkdown(skillsDir);
const names = languages[0]?.skills.map(({ name }) => name) ?? [];
const skill = options.skill ?? names[0];
if (!skill) throw new Error(`No skills in ${skillsDir}/.`);
if (!names.includes(skill)) {
	throw new Error(`No skill “${skill}” in ${skillsDir}/; there are: ${names.join(', ')}.`);
}
const pages: Page[] = languages.map(({ key, prefix }) => ({
	language: key.toUpperCase(),
	path: skillPagePath(prefix, skill),
}));

const { bare, site } = benchSites(benchDir);
await writeBareSite(join(benchDir, 'bare'), languages);
const samples = new Map<Site, Samples>([
	[bare, new Map()],
	[site, new Map()],
]);
const browser = options.browser ? await launchChromium() : undefined;
// Started once both sites are built: the server needs a folder to serve, and reads every file
// when asked, so it serves each round's new build.
const servers = new Map<Site, StaticServer>();
try {
	for (let round = 1; round <= options.runs; round++) {
		// Each round starts with the other site, so that neither always runs on a warmer machine.
		const order = roundOrder(round, [bare, site]);
		for (const target of order) {
			const seconds = await coldBuild(target);
			console.log(
				`Round ${round}/${options.runs}: ${target.label} built in ${seconds.toFixed(1)} s`
			);
			record(samples.get(target)!, 'Cold build', 's', seconds);
		}
		for (const target of order) {
			const into = samples.get(target)!;
			await recordWeights(into, target.dist, pages);
			if (!browser) continue;
			if (!servers.has(target)) servers.set(target, await serveStatic(target.dist));
			await recordLoads(into, browser, servers.get(target)!.url, pages);
		}
	}
} finally {
	await browser?.close();
	await Promise.all([...servers.values()].map((server) => server.close()));
}

const report = benchmarkReport({
	bare: { label: bare.label, samples: samples.get(bare)! },
	site: { label: site.label, samples: samples.get(site)! },
	runs: options.runs,
	pages: pages.map(({ path }) => path),
	loadsPerRound,
});
console.log(`\n${report}`);
await writeFile(join(benchDir, 'benchmark.md'), report);
