/**
 * How soon the search shows its first results after the last key of a query, on a mid-range
 * phone: Playwright's Pixel 5 with the CPU slowed down four times (as Lighthouse's mobile runs
 * are), over a built site served locally. Each query is typed a key at a time into a page just
 * opened (cold: the index loads as the reader types) and again once the index is loaded (warm),
 * and pasted whole on a page where the page's previous query was searched (new: the index is
 * loaded, the query's own chunks and pages are not).
 *   npm run benchmark:search -- [--dist .bench/site-dist] [--runs 3] [--before <another dist>]
 * Prints a Markdown table of the medians, in ms. With `--before`, each run measures that site
 * and then `--dist`, one after the other, so that both meet the same load on a shared machine,
 * and the table gives both: before → after (each site first in every other run).
 */
import { parseArgs } from 'node:util';
import { devices, type Browser } from '@playwright/test';
import type { LanguageKey } from '../src/i18n/languages.ts';
import { launchChromium } from './lib/chromium.ts';
import './lib/resolve-ts.ts';
import { serveStatic } from './lib/static-server.ts';

const { SearchDialog, throttleCpu, timeToResults } = await import('../tests/support/search.ts');

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: '.bench/site-dist' },
		runs: { type: 'string', default: '3' },
		before: { type: 'string' },
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
const conditions = ['cold', 'warm', 'new'] as const;
type Times = Record<(typeof conditions)[number], number[]>;

/** A page just opened on a mid-range phone (Pixel 5, the CPU slowed 4×), its search open. */
async function openSearch(browser: Browser, url: string, key: LanguageKey) {
	const context = await browser.newContext({ ...devices['Pixel 5'] });
	const page = await context.newPage();
	await throttleCpu(page, 4);
	await page.goto(url, { waitUntil: 'networkidle' });
	const search = new SearchDialog(page, key);
	await search.open();
	return { context, search };
}

/** One run of a query on a page of a site: typed cold, typed warm, pasted on a loaded index. */
async function measure(
	browser: Browser,
	url: string,
	key: LanguageKey,
	query: string,
	before: string,
	times: Times
) {
	const fresh = await openSearch(browser, url, key);
	times.cold.push(await timeToResults(fresh.search, query, keyDelay));
	times.warm.push(await timeToResults(fresh.search, query, keyDelay));
	await fresh.context.close();
	const loaded = await openSearch(browser, url, key);
	await timeToResults(loaded.search, before, 'paste');
	times.new.push(await timeToResults(loaded.search, query, 'paste'));
	await loaded.context.close();
}

const sites = [values.before, values.dist].filter((dist) => dist !== undefined);
const servers = await Promise.all(sites.map((dist) => serveStatic(dist)));
const browser = await launchChromium();
const rows: string[] = [];
try {
	for (const { path, key, queries } of visits) {
		for (const query of queries) {
			const times = servers.map(() => ({ cold: [], warm: [], new: [] }) as Times);
			const list: readonly string[] = queries;
			const before = list[(list.indexOf(query) + list.length - 1) % list.length]!;
			for (let run = 0; run < Number(values.runs); run++) {
				// Each site first in every other run: neither always meets the other's leftovers.
				const order = [...servers.entries()];
				if (run % 2) order.reverse();
				for (const [at, server] of order)
					await measure(browser, server.url + path, key, query, before, times[at]!);
			}
			const cells = conditions.map((condition) =>
				times.map((site) => median(site[condition]).toFixed(0)).join(' → ')
			);
			rows.push(`| ${path} | ${query} | ${cells.join(' | ')} |`);
			console.log(rows.at(-1));
		}
	}
} finally {
	await browser.close();
	await Promise.all(servers.map((server) => server.close()));
}
console.log(
	[
		'',
		'| Page | Query | Cold (ms) | Warm (ms) | New (ms) |',
		'| --- | --- | ---: | ---: | ---: |',
		...rows,
	].join('\n')
);
