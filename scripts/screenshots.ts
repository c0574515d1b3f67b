/**
 * Screenshots of every page type in both languages, light and dark, desktop and phone width, for
 * people to look at (and for the README). Run `npm run build` first; writes to screenshots/.
 *   node scripts/screenshots.ts [path …]
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.ts';

const paths = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/', '/zh-cn/', '/skills/mlops-engineer/', '/zh-cn/skills/mlops-engineer/'];
const viewports = { desktop: { width: 1440, height: 1000 }, phone: { width: 390, height: 844 } };
const themes = ['light', 'dark'] as const;

const server = await preview({ server: { port: 4399 }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
await mkdir('screenshots', { recursive: true });
try {
	for (const path of paths) {
		for (const [device, viewport] of Object.entries(viewports)) {
			for (const theme of themes) {
				const page = await browser.newPage({ viewport, colorScheme: theme });
				await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				await page.goto(`http://localhost:4399${path}`);
				const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${device}-${theme}`;
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
	await server.stop();
}
