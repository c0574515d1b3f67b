/**
 * Lighthouse, with its default (mobile) settings, on every page type in both languages of the
 * production build. Run `npm run build` first: this only serves dist/. Writes .lighthouse/.
 *   node scripts/lighthouse.ts [--runs=3] [--no-fail] [--dist=dist] [--paths=/a/,/b/]
 * `--dist` serves another build (the benchmark's bare Starlight site, .bench/bare/dist); pages it
 * does not have are left out. `--paths` scores other pages (a long skill's) instead of the six.
 * Each page is measured `--runs` times and the median run is kept, as Lighthouse advises: one
 * run's performance score moves with whatever else the machine is doing.
 * Exits 1 if a category scores below 1 on any page, unless `--no-fail` (then it only reports).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromeLauncherOptions } from './lib/chromium.ts';
import { pageSlug } from './lib/page-slug.ts';
import { serveStatic } from './lib/static-server.ts';

const paths = [
	'/',
	'/zh-cn/',
	'/skills/mlops-engineer/',
	'/zh-cn/skills/mlops-engineer/',
	'/skills/mlops-engineer/compare/',
	'/zh-cn/skills/mlops-engineer/compare/',
	'/translations/',
	'/zh-cn/translations/',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// `/` sends Chinese-preferring browsers to /zh-cn/; Lighthouse's `locale` only sets the report's
// language, so the browser's own languages are pinned here to measure the English home page.
const chromeFlags = ['--accept-lang=en-US'];

/** Lighthouse's result for one page; throws if the run failed or landed on another page. */
async function audit(url: string, chromePort: number): Promise<Result> {
	const result = await lighthouse(url, {
		port: chromePort,
		locale: 'en-US',
		logLevel: 'error',
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
	// A redirect (e.g. to the reader's language) would score some other page under this one's name.
	if (lhr.finalDisplayedUrl !== url) throw new Error(`${url} ended on ${lhr.finalDisplayedUrl}.`);
	return lhr;
}

/** The page's category scores, in the order of `categories` (null: the category could not run). */
function scores(lhr: Result): (number | null)[] {
	return categories.map((id) => lhr.categories[id]?.score ?? null);
}

/** The scores as a Markdown table, 0–1 with two decimals. */
function table(rows: [string, (number | null)[]][]): string {
	const cells = (row: string[]) => `| ${row.join(' | ')} |`;
	return [
		cells(['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO']),
		cells(['---', '---:', '---:', '---:', '---:']),
		...rows.map(([path, row]) => cells([`\`${path}\``, ...row.map((s) => s?.toFixed(2) ?? '–')])),
	].join('\n');
}

const noFail = process.argv.includes('--no-fail');
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 3);
const dist = process.argv.find((arg) => arg.startsWith('--dist='))?.slice(7) ?? 'dist';
const chosen = process.argv
	.find((arg) => arg.startsWith('--paths='))
	?.slice(8)
	.split(',');
// Reports of each build apart: .lighthouse/dist/, .lighthouse/bench-bare-dist/ …
const outDir = `.lighthouse/${dist.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}`;
// Gzip, as a host would send the pages and as astro preview did: Lighthouse audits compression.
const server = await serveStatic(dist, { gzip: true });
const chrome = await launch(chromeLauncherOptions(chromeFlags));
try {
	await mkdir(outDir, { recursive: true });
	const rows: [string, (number | null)[]][] = [];
	// One page at a time: parallel runs would compete for the CPU and skew each other's timings.
	for (const path of (chosen ?? paths).filter((page) => existsSync(`${dist}${page}index.html`))) {
		const all: Result[] = [];
		for (let run = 0; run < runs; run++) all.push(await audit(server.url + path, chrome.port));
		const lhr = computeMedianRun(all);
		await writeFile(`${outDir}/${pageSlug(path)}.json`, JSON.stringify(lhr, null, 2));
		rows.push([path, scores(lhr)]);
	}
	const report = table(rows);
	await writeFile(`${outDir}/report.md`, report + '\n');
	console.log(report);
	const failing = rows.some(([, row]) => row.some((score) => score !== 1));
	if (failing && !noFail) {
		console.error('\nSome scores are below 1; see the reports in .lighthouse/.');
		process.exitCode = 1;
	}
} finally {
	chrome.kill();
	await server.close();
}
