import { expect, test, type Locator, type Page } from '@playwright/test';
import { t } from '../../src/i18n/ui';
import { neutralSectionPath, skillPath } from '../../src/navigation/paths';
import { defaultSiteUrl } from '../../src/site';
import { CompareView } from './pages/compare-view';
import { SkillPage } from './pages/skill-page';

const name = 'mlops-engineer';
const url = (path: string, id: string) => `${defaultSiteUrl}${path}#${id}`;
const sectionUrl = (id: string) => `${defaultSiteUrl}${neutralSectionPath(name, id)}`;

test.describe('copying a link to a section', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('offers every format, copied as the reader expects', async ({ page }) => {
		const zh = new SkillPage(page, name, 'zh');
		await zh.goto();
		// In the menu's order: the section's own address first, then the reader's language's page.
		const expected = {
			'links.neutral': sectionUrl('capabilities'),
			'links.zh': url(skillPath(name, 'zh'), 'capabilities'),
			'links.en': url(skillPath(name, 'en'), 'capabilities'),
			'links.compare': url(skillPath(name, 'zh', '/', 'compare'), 'capabilities'),
			'links.markdown': `[能力范围 — MLOps工程师](${url(skillPath(name, 'zh'), 'capabilities')})`,
		} as const;
		for (const [label, value] of Object.entries(expected)) {
			await page.getByRole('button', { name: '复制“能力范围”的链接' }).click();
			const menu = page.getByRole('dialog', { name: /复制本节链接/ });
			await expect(menu).toBeVisible();
			if (label === 'links.neutral') {
				const names = Object.keys(expected).map((key) => t('zh')(key as keyof typeof expected));
				await expect(menu.getByRole('button')).toHaveText(names.map((n) => new RegExp(n)));
			}
			const name = t('zh')(label as keyof typeof expected);
			await menu.getByRole('button', { name }).click();
			// The format's name alone, not run into the "(本页)" note of the current page's.
			await expect(menu.getByRole('status')).toHaveText(`已复制：${name}`);
			expect(await page.evaluate(() => navigator.clipboard.readText()), label).toBe(value);
			await page.keyboard.press('Escape');
			await expect(menu).toBeHidden();
		}
	});

	test('works by keyboard, and the feedback is announced', async ({ page }) => {
		const en = new SkillPage(page, name, 'en');
		await en.goto();
		const button = page.getByRole('button', { name: 'Copy a link to “Purpose”' });
		await button.focus();
		await expect(button).toBeVisible();
		await page.keyboard.press('Enter');
		const menu = page.getByRole('dialog', { name: /Copy a link to this section/ });
		await expect(menu.getByRole('button', { name: /Any language/ })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(menu.getByRole('button', { name: /English page/ })).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(menu.getByRole('status')).toHaveText(/^Copied: Chinese page/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			url(skillPath(name, 'zh'), 'purpose')
		);
		await page.keyboard.press('Escape');
		await expect(button).toBeFocused();
	});

	test('is on every heading of the compare view too', async ({ page }) => {
		const view = new CompareView(page, name, 'en');
		await view.goto();
		await page.getByRole('button', { name: 'Copy a link to “AWS MLOps Stack”' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Markdown link' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`[AWS MLOps Stack — MLOps Engineer](${url(skillPath(name, 'en', '/', 'compare'), 'aws-mlops-stack')})`
		);
	});
});

test('where the clipboard is blocked, the link is shown to select and copy by hand', async ({
	page,
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new DOMException('Blocked', 'NotAllowedError')) },
		});
	});
	const en = new SkillPage(page, name, 'en');
	await en.goto();
	await page.getByRole('button', { name: 'Copy a link to “Knowledge Base”' }).click();
	await page
		.getByRole('dialog')
		.getByRole('button', { name: /Any language/ })
		.click();
	const field = page.getByRole('textbox', { name: /did not let us copy/ });
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(sectionUrl('knowledge-base'));
	expect(
		await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])
	).toEqual([0, sectionUrl('knowledge-base').length]);
});

test.describe('the copy menu stays in the viewport', () => {
	/** Scrolls so that the button of a section is this far above the bottom of the viewport, and opens its menu. */
	async function openNearBottom(page: Page, section: string, fromBottom: number) {
		const button = page.getByRole('button', { name: `Copy a link to “${section}”` });
		await button.evaluate((el, fromBottom) => {
			const { bottom } = el.getBoundingClientRect();
			scrollBy({
				top: bottom - (document.documentElement.clientHeight - fromBottom),
				behavior: 'instant',
			});
		}, fromBottom);
		await button.click();
		const menu = page.getByRole('dialog', { name: /Copy a link to this section/ });
		await expect(menu).toBeVisible();
		await expect(menu.getByRole('button', { name: /Any language/ })).toBeFocused();
		return menu;
	}

	/** All of the menu is drawn inside the viewport, and what it holds can be reached by scrolling it. */
	async function expectInViewport(menu: Locator) {
		const box = await menu.evaluate((el) => {
			const { top, bottom, left, right } = el.getBoundingClientRect();
			const { clientWidth, clientHeight } = document.documentElement;
			return {
				inside: top >= 0 && left >= 0 && bottom <= clientHeight && right <= clientWidth,
				reachable: el.scrollHeight <= el.clientHeight || getComputedStyle(el).overflowY === 'auto',
				rect: { top, bottom, left, right, clientWidth, clientHeight },
			};
		});
		expect(box.inside, JSON.stringify(box.rect)).toBe(true);
		expect(box.reachable).toBe(true);
	}

	const sections = ['Purpose', 'Capabilities', 'Knowledge Base'];

	test('near the bottom of a short window', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 400 });
		await new SkillPage(page, name, 'en').goto();
		for (const section of sections) {
			await expectInViewport(await openNearBottom(page, section, 10));
			await page.keyboard.press('Escape');
		}
	});

	test('on a phone-sized window, with a large default font', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await new SkillPage(page, name, 'en').goto();
		for (const fontSize of ['', '32px']) {
			// A reader's larger default font: everything sized in rem grows with it.
			await page.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize);
			for (const section of sections) {
				await expectInViewport(await openNearBottom(page, section, 10));
				await page.keyboard.press('Escape');
				await expectInViewport(await openNearBottom(page, section, 400));
				await page.keyboard.press('Escape');
			}
		}
	});

	test('where it fits on neither side, at its height and it scrolls', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 240 });
		await new SkillPage(page, name, 'en').goto();
		await page.evaluate(() => (document.documentElement.style.fontSize = '32px'));
		const menu = await openNearBottom(page, 'Capabilities', 120);
		await expectInViewport(menu);
		// The last option is scrolled to as focus reaches it.
		const last = menu.getByRole('button', { name: /Markdown link/ });
		await last.focus();
		await expect(last).toBeInViewport();
	});
});
