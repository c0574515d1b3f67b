/**
 * Screenshots of every page type in both languages, light and dark, desktop and phone width, for
 * people to look at (and for the README), and of the search's result cards for a query on each
 * language's page. Run `npm run build` first; writes to screenshots/.
 *   node scripts/screenshots.ts [path …]
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './lib/chromium.ts';
import { pageSlug } from './lib/page-slug.ts';
import { serveStatic } from './lib/static-server.ts';
import { names } from '../src/views/names.ts';

const paths = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/', '/zh-cn/', '/skills/mlops-engineer/', '/zh-cn/skills/mlops-engineer/'];
const viewports = { desktop: { width: 1440, height: 1000 }, phone: { width: 390, height: 844 } };
const themes = ['light', 'dark'] as const;
/** A query in the other language on each page: its cards show both halves, the match marked. */
const searches = [
	{ path: '/zh-cn/skills/mlops-engineer/', query: 'Kubernetes 部署' },
	{ path: '/skills/mlops-engineer/', query: '联邦学习' },
];

const server = await serveStatic('dist');
const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
try {
	for (const path of paths) {
		for (const [device, viewport] of Object.entries(viewports)) {
			for (const theme of themes) {
				const page = await browser.newPage({ viewport, colorScheme: theme });
				await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				await page.goto(server.url + path);
				const name = `${pageSlug(path)}-${device}-${theme}`;
				await page.screenshot({ path: `screenshots/${name}.png` });
				console.log(`screenshots/${name}.png`);
				await page.close();
			}
		}
	}
	for (const { path, query } of process.argv.slice(2).length ? [] : searches) {
		for (const [device, viewport] of Object.entries(viewports)) {
			for (const theme of themes) {
				const page = await browser.newPage({ viewport, colorScheme: theme });
				await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				await page.goto(server.url + path);
				await page.locator(`.${names.searchOpen}`).click();
				await page.locator(`.${names.searchInput}`).fill(query);
				await page.locator(`.${names.searchCard}`).first().waitFor();
				// The fonts and the last cards settle before the picture is taken.
				await page.waitForTimeout(300);
				const name = `search-${pageSlug(path)}-${device}-${theme}`;
				await page.screenshot({ path: `screenshots/${name}.png` });
				console.log(`screenshots/${name}.png`);
				await page.close();
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
