/**
 * How soon the search shows its first results after the last key of a query, on a mid-range
 * phone: Playwright's Pixel 5 with the CPU slowed down four times (as Lighthouse's mobile runs
 * are), over a built site served locally. Each query is typed a key at a time into a page just
 * opened (cold: the index loads as the reader types) and again once the index is loaded (warm),
 * and pasted whole on a page where the page's previous query was searched (new: the index is
 * loaded, the query's own chunks and pages are not).
 *   npm run benchmark:search -- [--dist .bench/site-dist] [--runs 3]
 * Prints a Markdown table of the medians, in ms.
 */
import { parseArgs } from 'node:util';
import { devices } from '@playwright/test';
import { launchChromium } from './lib/chromium.ts';
import './lib/resolve-ts.ts';
import { serveStatic } from './lib/static-server.ts';

const { SearchDialog, throttleCpu, timeToResults } = await import('../tests/support/search.ts');

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: '.bench/site-dist' },
		runs: { type: 'string', default: '3' },
	},
});
/** Queries of each kind the search answers, on an English and a Chinese page. */
const visits = [
	{
		path: '/skills/mlops-engineer/',
		key: 'en',
		queries: ['kubernetes deployment', '联邦学习', 'Kubernetes 部署'],
	},
	{
		path: '/zh-cn/skills/mlops-engineer/',
		key: 'zh',
		queries: ['模型监控', 'federated learning', 'Terraform 基础设施'],
	},
] as const;
/** A reader types about five keys a second. */
const keyDelay = 200;

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const server = await serveStatic(values.dist);
const browser = await launchChromium();
const rows: string[] = [];
try {
	for (const { path, key, queries } of visits) {
		for (const query of queries) {
			const times = { cold: [] as number[], warm: [] as number[], new: [] as number[] };
			const list: readonly string[] = queries;
			const before = list[(list.indexOf(query) + list.length - 1) % list.length]!;
			for (let run = 0; run < Number(values.runs); run++) {
				const context = await browser.newContext({ ...devices['Pixel 5'] });
				const page = await context.newPage();
				await throttleCpu(page, 4);
				await page.goto(server.url + path, { waitUntil: 'networkidle' });
				const search = new SearchDialog(page, key);
				await search.open();
				times.cold.push(await timeToResults(search, query, keyDelay));
				times.warm.push(await timeToResults(search, query, keyDelay));
				await context.close();
				const again = await browser.newContext({ ...devices['Pixel 5'] });
				const other = await again.newPage();
				await throttleCpu(other, 4);
				await other.goto(server.url + path, { waitUntil: 'networkidle' });
				const loaded = new SearchDialog(other, key);
				await loaded.open();
				await timeToResults(loaded, before, 'paste');
				times.new.push(await timeToResults(loaded, query, 'paste'));
				await again.close();
			}
			rows.push(
				`| ${path} | ${query} | ${median(times.cold).toFixed(0)} | ${median(times.warm).toFixed(0)} | ${median(times.new).toFixed(0)} |`
			);
			console.log(rows.at(-1));
		}
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(
	[
		'',
		'| Page | Query | Cold (ms) | Warm (ms) | New (ms) |',
		'| --- | --- | ---: | ---: | ---: |',
		...rows,
	].join('\n')
);
