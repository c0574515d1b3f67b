import { expect, test } from '@playwright/test';
import { languageStorageKey } from '../../src/i18n/storage';
import {
	localizedPath,
	neutralPath,
	neutralSectionPath,
	skillPath,
} from '../../src/navigation/paths';
import { CompareView } from './pages/compare-view';
import { SkillPage } from './pages/skill-page';

const name = 'mlops-engineer';

test.describe('switching language keeps the reader’s place', () => {
	test('without a #hash, the section at the top of the view is kept', async ({ page }) => {
		const en = new SkillPage(page, name, 'en');
		await en.goto();
		await en
			.section('container-orchestration--kubernetes')
			.evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await page.mouse.wheel(0, 120); // reading a little way into the section
		expect(new URL(page.url()).hash).toBe('');
		const zh = await en.switchTo('zh');
		await expect(page).toHaveURL(
			/\/zh-cn\/skills\/mlops-engineer\/#container-orchestration--kubernetes$/
		);
		await zh.expectAtTop('container-orchestration--kubernetes');
	});

	test('with a #hash of a section the reader has since left, the section in view wins', async ({
		page,
	}) => {
		const zh = new SkillPage(page, name, 'zh');
		await zh.goto('#purpose');
		await zh.section('knowledge-base').evaluate((el) => el.scrollIntoView({ block: 'start' }));
		await zh.switchTo('en');
		await expect(page).toHaveURL(/\/skills\/mlops-engineer\/#knowledge-base$/);
	});

	test('the keyboard shortcut Alt+Shift+L switches as the picker does', async ({ page }) => {
		const en = new SkillPage(page, name, 'en');
		await en.goto('#security--compliance');
		await expect(en.languagePicker()).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+L');
		await page.keyboard.press('Alt+Shift+KeyL');
		await page.waitForURL(/\/zh-cn\/skills\/mlops-engineer\/#security--compliance$/);
		await new SkillPage(page, name, 'zh').expectAtTop('security--compliance');
		await page.keyboard.press('Alt+Shift+KeyL');
		await page.waitForURL(`${skillPath(name, 'en')}#security--compliance`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test('Alt+Shift+L is left alone while typing or in a dialog', async ({ page }) => {
		// The copy menu's field shows only where the clipboard is blocked.
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('Blocked', 'NotAllowedError')) },
			});
		});
		const en = new SkillPage(page, name, 'en');
		await en.goto();
		const staysInEnglish = async (where: string) => {
			await page.keyboard.press('Alt+Shift+KeyL');
			// Switching is a navigation: give it the time it takes when it does happen.
			await page.waitForTimeout(500);
			expect(new URL(page.url()).pathname, where).toBe(skillPath(name, 'en'));
		};

		await page.getByRole('button', { name: 'Search' }).click();
		const search = page.getByRole('dialog', { name: 'Search' });
		// Pagefind's field arrives when the browser is idle: the reader clicks into it to type.
		await search.locator('input').first().click();
		await expect(search.locator('input').first()).toBeFocused();
		await staysInEnglish('the search field');
		await page.keyboard.press('Escape');

		await page.getByRole('button', { name: 'Copy a link to “Purpose”' }).click();
		const menu = page.getByRole('dialog', { name: /Copy a link to this section/ });
		await expect(menu.getByRole('button', { name: /Any language/ })).toBeFocused();
		await staysInEnglish('the copy menu');
		await menu.getByRole('button', { name: /English page/ }).click();
		await expect(menu.getByRole('textbox')).toBeFocused();
		await staysInEnglish('the copy menu’s field');
		await page.keyboard.press('Escape');

		// Fields of the kind an extension or a future page might add.
		await page
			.locator('main')
			.evaluate((main) =>
				main.insertAdjacentHTML(
					'afterbegin',
					'<textarea aria-label="Notes"></textarea><div contenteditable="true">Notes</div>'
				)
			);
		for (const field of [
			page.locator('main textarea[aria-label="Notes"]'),
			page.locator('main [contenteditable]'),
		]) {
			await field.focus();
			await staysInEnglish(`a ${await field.evaluate((el) => el.tagName)}`);
		}

		// Elsewhere on the page, it switches.
		await page.locator('main h1').click();
		await page.keyboard.press('Alt+Shift+KeyL');
		await page.waitForURL(new RegExp(`${skillPath(name, 'zh')}`));
	});

	test('on the compare view, the view mode is kept', async ({ page }) => {
		const view = new CompareView(page, name, 'en');
		await view.goto('?view=interleaved', '#response-approach');
		await page
			.getByRole('banner')
			.getByRole('combobox', { name: 'Select language' })
			.selectOption('简体中文');
		await page.waitForURL(
			/\/zh-cn\/skills\/mlops-engineer\/compare\/\?view=interleaved#response-approach$/
		);
		const zh = new CompareView(page, name, 'zh');
		await expect(zh.modeChoice('interleaved')).toBeChecked();
		const top = await zh.row('response-approach').evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(250);
	});
});

test.describe('the reader’s language', () => {
	test('a choice in the picker is remembered: the home page and /go/ links follow it', async ({
		page,
	}) => {
		const en = new SkillPage(page, name, 'en');
		await en.goto();
		await en.switchTo('zh');
		expect(await page.evaluate((key) => localStorage.getItem(key), languageStorageKey)).toBe('zh');
		await page.goto('/');
		await expect(page).toHaveURL(localizedPath('/', 'zh'));
		await page.goto(`${neutralPath(name)}#capabilities`);
		await expect(page).toHaveURL(`${skillPath(name, 'zh')}#capabilities`);
		// A section's own address, by an alias: the slug Starlight gave its Chinese heading.
		await page.goto(neutralSectionPath(name, '能力范围'));
		await expect(page).toHaveURL(`${skillPath(name, 'zh')}#capabilities`);
		// A URL that names a language stays where it is.
		await page.goto(skillPath(name, 'en'));
		await expect(page).toHaveURL(skillPath(name, 'en'));
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test('choosing English on the Chinese home page sticks', async ({ page }) => {
		await page.goto(localizedPath('/', 'zh'));
		await page
			.getByRole('banner')
			.getByRole('combobox', { name: '选择语言' })
			.selectOption('English');
		await page.waitForURL(localizedPath('/', 'en'));
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	// Half by the section's own address, half by the skill's with a fragment, as older links are.
	for (const [locale, key, link] of [
		['zh-CN', 'zh', neutralSectionPath(name, 'aws-mlops-stack')],
		['zh-TW', 'zh', `${neutralPath(name)}#aws-mlops-stack`],
		['en-GB', 'en', neutralSectionPath(name, 'aws-mlops-stack')],
		['fr-FR', 'en', `${neutralPath(name)}#aws-mlops-stack`],
	] as const) {
		test(`with nothing remembered, a ${locale} browser is sent to the ${key} page by ${link} and the home page`, async ({
			browser,
		}) => {
			const context = await browser.newContext({ locale });
			const page = await context.newPage();
			await page.goto(link);
			await expect(page).toHaveURL(`${skillPath(name, key)}#aws-mlops-stack`);
			await new SkillPage(page, name, key).expectAtTop('aws-mlops-stack');
			await page.goto('/');
			await expect(page).toHaveURL(localizedPath('/', key));
			await context.close();
		});
	}

	test('/go/ gives readers without JavaScript and crawlers plain links, and is not indexed', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
		const page = await context.newPage();
		await page.goto(neutralPath(name));
		await expect(page).toHaveURL(neutralPath(name));
		await expect(page.getByRole('link', { name: 'MLOps Engineer' })).toHaveAttribute(
			'href',
			skillPath(name, 'en')
		);
		await expect(page.getByRole('link', { name: 'MLOps工程师' })).toHaveAttribute(
			'href',
			skillPath(name, 'zh')
		);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			`http://localhost:4321${neutralPath(name)}`
		);
		await context.close();
	});
});

test('old links with the slug Starlight gave a Chinese heading land on the section', async ({
	page,
}) => {
	const zh = new SkillPage(page, name, 'zh');
	await zh.goto(`#${encodeURIComponent('能力范围')}`);
	await zh.expectAtTop('capabilities');
	const en = new SkillPage(page, name, 'en');
	await en.goto(`#${encodeURIComponent('云平台专属mlops能力')}`);
	await en.expectAtTop('cloud-specific-mlops-expertise');
	const view = new CompareView(page, name, 'zh');
	await view.goto('', `#${encodeURIComponent('能力范围')}`);
	const top = await view.row('capabilities').evaluate((el) => el.getBoundingClientRect().top);
	expect(top).toBeGreaterThanOrEqual(0);
	expect(top).toBeLessThan(250);
});
