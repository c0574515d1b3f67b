import { expect, test } from '@playwright/test';
import { languageKeys, languages } from '../../src/i18n/languages';
import { t } from '../../src/i18n/ui';
import { skillPath } from '../../src/navigation/paths';
import { CompareView } from './pages/compare-view';
import { loadModel } from '../support/skills';
import { pageTexts } from '../support/texts';

const skill = loadModel('mlops-engineer');

for (const ui of languageKeys) {
	test.describe(`the compare view with a ${languages[ui].name} interface`, () => {
		test('shows every text of both languages, each cell with its lang', async ({ page }) => {
			const view = new CompareView(page, skill.name, ui);
			await view.goto();
			await expect(page.locator('html')).toHaveAttribute('lang', languages[ui].lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				`${skill.title[ui].text} · ${t(ui)('compare.title')}`
			);
			for (const side of languageKeys) {
				expect(await view.texts(side)).toEqual(pageTexts(skill, side));
				for (const lang of await view
					.cells(side)
					.evaluateAll((cells) => cells.map((c) => c.getAttribute('lang')))) {
					expect(lang).toBe(languages[side].lang);
				}
			}
		});

		test('names its columns by language, in the interface language', async ({ page }) => {
			const view = new CompareView(page, skill.name, ui);
			await view.goto();
			const legend = view.root.locator('.pair--legend');
			await expect(legend).toContainText(`English · ${t(ui)('compare.original')}`);
			await expect(legend).toContainText(`简体中文 · ${t(ui)('compare.translation')}`);
			await expect(legend.getByText('简体中文')).toHaveAttribute('lang', 'zh-CN');
		});

		test('is kept out of search, and lists its sections in the interface language', async ({
			page,
		}) => {
			const view = new CompareView(page, skill.name, ui);
			await view.goto();
			await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
			const toc = page.getByRole('navigation', { name: ui === 'zh' ? '本页内容' : 'On this page' });
			for (const section of skill.allSections) {
				await expect(
					toc.getByRole('link', { name: section.heading[ui].plain, exact: true })
				).toHaveAttribute('href', `#${section.id}`);
			}
		});
	});
}

test('every pair starts level on both sides at desktop width, the longest bullets included', async ({
	page,
}) => {
	const view = new CompareView(page, skill.name, 'en');
	await view.goto('?view=side-by-side');
	const boxes = await view.pairBoxes();
	expect(boxes.length).toBeGreaterThan(180);
	for (const { text, en, zh } of boxes.filter((box) => box.en && box.zh)) {
		expect(Math.abs(en!.top - zh!.top), text).toBeLessThanOrEqual(1);
		expect(zh!.left, text).toBeGreaterThan(en!.left);
	}
	// The next pair starts below the taller side of the one before.
	for (let i = 1; i < boxes.length; i++) {
		const [prev, next] = [boxes[i - 1]!, boxes[i]!];
		if (!prev.en || !prev.zh || !next.en) continue;
		expect(next.en.top, next.text).toBeGreaterThanOrEqual(
			Math.max(prev.en.bottom, prev.zh.bottom) - 1
		);
	}
});

test('a section id lands on its row, and the row links to both single-language pages', async ({
	page,
}) => {
	const view = new CompareView(page, skill.name, 'zh');
	await view.goto('', '#aws-mlops-stack');
	const row = view.row('aws-mlops-stack');
	await expect(row).toContainText('AWS MLOps Stack');
	await expect(row).toContainText('AWS MLOps技术栈');
	const top = await row.evaluate((el) => el.getBoundingClientRect().top);
	expect(top).toBeGreaterThanOrEqual(0);
	expect(top).toBeLessThan(250);
	await expect(row.getByRole('link', { name: 'AWS MLOps Stack' })).toHaveAttribute(
		'href',
		'/skills/mlops-engineer/#aws-mlops-stack'
	);
	await row.getByRole('link', { name: 'AWS MLOps技术栈' }).click();
	await expect(page).toHaveURL('/zh-cn/skills/mlops-engineer/#aws-mlops-stack');
});

test('skill pages and the compare view link to each other', async ({ page }) => {
	await page.goto(skillPath(skill.name, 'zh'));
	const views = page.getByRole('navigation', { name: t('zh')('skill.views') });
	await expect(views.getByRole('link', { name: '简体中文' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await views.getByRole('link', { name: '中英对照' }).click();
	await expect(page).toHaveURL(skillPath(skill.name, 'zh', '/', 'compare'));
	await page
		.getByRole('navigation', { name: t('zh')('skill.views') })
		.getByRole('link', { name: 'English' })
		.click();
	await expect(page).toHaveURL(skillPath(skill.name, 'en'));
});

test.describe('modes', () => {
	test('interleaved puts each translation under its original', async ({ page }) => {
		const view = new CompareView(page, skill.name, 'en');
		await view.goto();
		await view.choose('interleaved');
		await expect(page).toHaveURL(/\?view=interleaved$/);
		for (const { text, en, zh } of (await view.pairBoxes()).filter((b) => b.en && b.zh)) {
			expect(zh!.top, text).toBeGreaterThanOrEqual(en!.bottom - 1);
		}
	});

	test('one language only hides the other', async ({ page }) => {
		const view = new CompareView(page, skill.name, 'zh');
		await view.goto();
		await view.choose('en');
		await expect(view.cells('zh').first()).toBeHidden();
		await expect(view.cells('en').first()).toBeVisible();
		await view.choose('zh');
		await expect(view.cells('en').first()).toBeHidden();
		await expect(view.cells('zh').first()).toBeVisible();
		await expect(page).toHaveURL(/\?view=zh$/);
	});

	test('swap puts Chinese on the left', async ({ page }) => {
		const view = new CompareView(page, skill.name, 'en');
		await view.goto();
		await view.swapChoice().check();
		await expect(page).toHaveURL(/\?swap=1$/);
		for (const { text, en, zh } of (await view.pairBoxes()).filter((b) => b.en && b.zh)) {
			expect(zh!.left, text).toBeLessThan(en!.left);
			expect(Math.abs(en!.top - zh!.top), text).toBeLessThanOrEqual(1);
		}
	});

	test('the URL opens the same view, and the last choice is remembered', async ({
		page,
		browser,
	}) => {
		const view = new CompareView(page, skill.name, 'en');
		await view.goto('?view=interleaved&swap=1');
		await expect(view.modeChoice('interleaved')).toBeChecked();
		await expect(view.swapChoice()).toBeChecked();
		await expect(page.locator('html')).toHaveAttribute('data-compare-view', 'interleaved');
		await view.choose('zh');
		await view.goto();
		await expect(view.modeChoice('zh')).toBeChecked();
		await expect(view.swapChoice()).toBeChecked();
		await expect(view.cells('en').first()).toBeHidden();

		// A shared link opens the view it names for someone who has never been here.
		const other = await browser.newPage();
		const shared = new CompareView(other, skill.name, 'zh');
		await shared.goto('?view=en');
		await expect(shared.modeChoice('en')).toBeChecked();
		await expect(shared.cells('zh').first()).toBeHidden();
		await other.close();
	});

	test('without JavaScript the page shows side by side', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const view = new CompareView(page, skill.name, 'en');
		await view.goto('?view=interleaved');
		// The modes need the script, so they are not offered; the text is all there, side by side.
		await expect(view.root.getByRole('radio')).toHaveCount(0);
		expect(await view.texts('zh')).toEqual(pageTexts(skill, 'zh'));
		for (const { text, en, zh } of (await view.pairBoxes()).filter((b) => b.en && b.zh)) {
			expect(Math.abs(en!.top - zh!.top), text).toBeLessThanOrEqual(1);
		}
		await context.close();
	});
});

test('keyboard focus on one side highlights its counterpart, and arrows move between cells', async ({
	page,
}) => {
	const view = new CompareView(page, skill.name, 'en');
	await view.goto();
	const first = view.cells('en').first();
	await first.focus();
	await expect(first).toBeFocused();
	const lit = (locator: typeof first) =>
		locator.evaluate((cell) => getComputedStyle(cell.closest('.pair')!).backgroundColor);
	const idle = await view.pairs.nth(5).evaluate((pair) => getComputedStyle(pair).backgroundColor);
	expect(await lit(first)).not.toBe(idle);

	await page.keyboard.press('ArrowRight');
	await expect(view.cells('zh').first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(view.cells('zh').nth(1)).toBeFocused();
	expect(await lit(view.cells('en').nth(1))).not.toBe(idle);
	await page.keyboard.press('ArrowLeft');
	await expect(view.cells('en').nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(first).toBeFocused();
	// Tab goes from heading to heading; the body's cells are reached with the arrows.
	await page.keyboard.press('Tab');
	await expect(view.cells('zh').first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(view.cells('zh').nth(1)).toBeFocused();
	await expect(view.cells('zh').nth(1)).toHaveAttribute('tabindex', '-1');
});

test('in one language, the arrows, Home and End move between the cells shown only', async ({
	page,
}) => {
	const view = new CompareView(page, skill.name, 'en');
	await view.goto('?view=zh');
	const zh = view.cells('zh');
	await zh.nth(3).focus();
	await page.keyboard.press('ArrowDown');
	await expect(zh.nth(4)).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(zh.nth(4)).toBeFocused();
	await page.keyboard.press('End');
	await expect(zh.last()).toBeFocused();
	await page.keyboard.press('Home');
	await expect(zh.first()).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(zh.first()).toBeFocused();
});

test('hovering one side highlights its counterpart', async ({ page }) => {
	const view = new CompareView(page, skill.name, 'en');
	await view.goto();
	const cell = view.cells('zh').nth(10);
	const before = await view
		.cells('en')
		.nth(10)
		.evaluate((c) => getComputedStyle(c.closest('.pair')!).backgroundColor);
	await cell.hover();
	const after = await view
		.cells('en')
		.nth(10)
		.evaluate((c) => getComputedStyle(c.closest('.pair')!).backgroundColor);
	expect(after).not.toBe(before);
});

test.describe('at phone width', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the view is interleaved by itself, without horizontal scrolling', async ({ page }) => {
		const view = new CompareView(page, skill.name, 'zh');
		await view.goto();
		await expect(page.locator('html')).toHaveAttribute('data-compare-view', 'interleaved');
		await expect(view.modeChoice('interleaved')).toBeChecked();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		for (const { text, en, zh } of (await view.pairBoxes()).filter((b) => b.en && b.zh)) {
			expect(zh!.top, text).toBeGreaterThanOrEqual(en!.bottom - 1);
		}
	});
});
