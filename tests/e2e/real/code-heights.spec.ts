import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlPages, inSite } from '../../support/built-sites';
import { viewports } from '../accessibility';

// Off screen, a block of code is not drawn, and the page keeps its height from its count of
// lines (styles/code.css): if the count were wrong, the page would change length, and what a
// reader is looking at would move, as blocks came into view. Checked on the real skills' pages
// with the most code, each block's kept height against its drawn one.
const pages = htmlPages('dist-real')
	.filter((page) => /^(zh-cn\/)?skills\/[^/]+\/(compare\/)?index\.html$/.test(page))
	.map((page) => ({
		page,
		blocks: readFileSync(inSite('dist-real', page), 'utf8').split('--code-lines:').length - 1,
	}))
	.sort((a, b) => b.blocks - a.blocks)
	.slice(0, 6);

for (const [device, viewport] of Object.entries(viewports)) {
	test(`every block of code keeps its drawn height while off screen (${device})`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		const wrong: string[] = [];
		for (const { page: file } of pages) {
			await page.goto(`/${file.replace(/index\.html$/, '')}`);
			const heights = await page.evaluate(() => {
				const blocks = [...document.querySelectorAll<HTMLElement>('pre[style*="--code-lines"]')];
				const kept = blocks.map((block) => block.getBoundingClientRect().height);
				for (const block of blocks) block.style.contentVisibility = 'visible';
				return blocks.map((block, i) => [kept[i]!, block.getBoundingClientRect().height]);
			});
			expect(heights.length, file).toBeGreaterThan(0);
			for (const [i, [kept, drawn]] of heights.entries())
				if (Math.abs(kept! - drawn!) > 0.5)
					wrong.push(`${file}, block ${i + 1}: ${kept} px kept, ${drawn} px drawn`);
		}
		expect(wrong).toEqual([]);
		await context.close();
	});
}
