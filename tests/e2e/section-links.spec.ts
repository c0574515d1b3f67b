import { expect, test } from '@playwright/test';
import { t } from '../../src/i18n/ui';
import { neutralPath, skillPath } from '../../src/navigation/paths';
import { defaultSiteUrl } from '../../src/site';
import { CompareView } from './pages/compare-view';
import { SkillPage } from './pages/skill-page';

const name = 'mlops-engineer';
const url = (path: string, id: string) => `${defaultSiteUrl}${path}#${id}`;

test.describe('copying a link to a section', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('offers every format, copied as the reader expects', async ({ page }) => {
		const zh = new SkillPage(page, name, 'zh');
		await zh.goto();
		const expected = {
			'links.zh': url(skillPath(name, 'zh'), 'capabilities'),
			'links.en': url(skillPath(name, 'en'), 'capabilities'),
			'links.compare': url(skillPath(name, 'zh', '/', 'compare'), 'capabilities'),
			'links.neutral': url(neutralPath(name), 'capabilities'),
			'links.markdown': `[能力范围 — MLOps工程师](${url(skillPath(name, 'zh'), 'capabilities')})`,
		} as const;
		for (const [label, value] of Object.entries(expected)) {
			await page.getByRole('button', { name: '复制“能力范围”的链接' }).click();
			const menu = page.getByRole('dialog', { name: /复制本节链接/ });
			await expect(menu).toBeVisible();
			const option = menu.getByRole('button', { name: t('zh')(label as keyof typeof expected) });
			await option.click();
			await expect(menu.getByRole('status')).toHaveText(
				`已复制：${(await option.textContent())!.trim()}`
			);
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
	await expect(field).toHaveValue(url(neutralPath(name), 'knowledge-base'));
	expect(
		await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])
	).toEqual([0, url(neutralPath(name), 'knowledge-base').length]);
});
