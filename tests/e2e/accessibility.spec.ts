import { expect, test, type Page } from '@playwright/test';
import { localizedPath, neutralPath, skillPath } from '../../src/navigation/paths';
import { axeTests, expectNoAxeViolations } from './accessibility';

const name = 'mlops-engineer';

/** The language-neutral page redirects at once; keep its script from running to check the page itself. */
const stayOnNeutralPage = async (page: Page) => {
	await page.route('**/go/**', async (route) => {
		const response = await route.fetch();
		const html = (await response.text()).replace(/<script>[\s\S]*?<\/script>/, '');
		await route.fulfill({ response, body: html });
	});
};

test.describe('axe finds no violation', () => {
	axeTests([
		{ name: 'English home page', path: localizedPath('/', 'en') },
		{ name: 'Chinese home page', path: localizedPath('/', 'zh') },
		{ name: 'English skill page', path: skillPath(name, 'en'), everyPair: true },
		{ name: 'Chinese skill page', path: skillPath(name, 'zh') },
		{
			name: 'compare view, English interface',
			path: skillPath(name, 'en', '/', 'compare'),
		},
		{
			name: 'compare view, Chinese interface, interleaved',
			path: `${skillPath(name, 'zh', '/', 'compare')}?view=interleaved`,
		},
		{
			name: 'language-neutral page',
			path: neutralPath(name),
			prepare: stayOnNeutralPage,
			plain: true,
		},
		{ name: 'not-found page', path: '/no-such-page/' },
		{ name: 'English translation status', path: localizedPath('/translations/', 'en') },
		{ name: 'Chinese translation status', path: localizedPath('/translations/', 'zh') },
	]);
});

test('axe finds no violation with the copy-link menu open', async ({ page }) => {
	await page.goto(skillPath(name, 'zh'));
	await page.getByRole('button', { name: '复制“能力范围”的链接' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expectNoAxeViolations(page);
});
