import { expect, test } from '@playwright/test';
import { languageKeys } from '../../src/i18n/languages';
import { t } from '../../src/i18n/ui';
import { skillFilePath, skillPath } from '../../src/navigation/paths';

const name = 'mlops-engineer';

test.describe('the skill as a SKILL.md file', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	for (const key of languageKeys) {
		test(`copies and downloads the ${key} file from its page, by keyboard`, async ({
			page,
			request,
		}) => {
			const ui = t(key);
			const file = await (await request.get(skillFilePath(name, key))).text();
			expect(file).toMatch(new RegExp(`^---\\nname: ${name}\\n`));
			await page.goto(skillPath(name, key));
			const group = page.getByRole('group', { name: ui('file.label') });
			const copy = group.getByRole('button', { name: ui('file.copy') });
			const heading = page.locator('h2').first();
			const before = await heading.boundingBox();

			await copy.focus();
			await expect(copy).toHaveCSS('outline-style', 'solid');
			await page.keyboard.press('Enter');
			await expect(group.getByRole('status')).toHaveText(ui('file.copied'));
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file);
			expect(await heading.boundingBox()).toEqual(before);

			const download = page.waitForEvent('download');
			await group.getByRole('link', { name: ui('file.download') }).click();
			expect((await download).suggestedFilename()).toBe('SKILL.md');
		});
	}

	test('shows the text to copy by hand when the browser will not copy', async ({ page }) => {
		await page.goto(skillPath(name, 'en'));
		await page.evaluate(() => {
			navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
		});
		await page.getByRole('button', { name: t('en')('file.copy') }).click();
		const dialog = page.getByRole('dialog', { name: t('en')('file.manual') });
		await expect(dialog).toBeVisible();
		const area = dialog.getByRole('textbox');
		await expect(area).toHaveValue(/^---\nname: mlops-engineer\n/);
		expect(
			await area.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)
		).toBe((await area.inputValue()).length);
	});
});
