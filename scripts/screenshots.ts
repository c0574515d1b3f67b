/**
 * Screenshots of every page type in both languages, light and dark, desktop and phone width, for
 * people to look at (and for the README). Run `npm run build` first; writes to screenshots/.
 *   node scripts/screenshots.ts [path …]
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './lib/chromium.ts';
import { pageSlug } from './lib/page-slug.ts';
import { serveStatic } from './lib/static-server.ts';

const paths = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/', '/zh-cn/', '/skills/mlops-engineer/', '/zh-cn/skills/mlops-engineer/'];
const viewports = { desktop: { width: 1440, height: 1000 }, phone: { width: 390, height: 844 } };
const themes = ['light', 'dark'] as const;

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
				await page.screenshot({
					path: `screenshots/${name}.png`,
					fullPage: device === 'phone' ? false : false,
				});
				console.log(`screenshots/${name}.png`);
				await page.close();
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
