import { expect, test } from '@playwright/test';
import { localizedPath, neutralPath, skillPath } from '../../src/navigation/paths';

const name = 'mlops-engineer';

// Every page type, and what readers do on it: nothing may come from another origin (fonts,
// scripts, analytics, images), so the site works on an intranet and offline.
const visits = [
	{ what: 'the English home page', path: localizedPath('/', 'en') },
	{ what: 'the Chinese home page', path: localizedPath('/', 'zh') },
	{ what: 'a skill page', path: skillPath(name, 'en') },
	{ what: 'a Chinese skill page, searched', path: skillPath(name, 'zh'), search: '联邦学习' },
	{ what: 'the compare view', path: skillPath(name, 'en', '/', 'compare') },
	{
		what: 'the Chinese compare view, interleaved',
		path: `${skillPath(name, 'zh', '/', 'compare')}?view=interleaved`,
	},
	{ what: 'a language-neutral link', path: `${neutralPath(name)}#capabilities` },
	{ what: 'the not-found page', path: '/no-such-page/' },
	{ what: 'the translation status', path: localizedPath('/translations/', 'en') },
	{ what: 'the Chinese translation status', path: localizedPath('/translations/', 'zh') },
];

for (const { what, path, search } of visits) {
	test(`${what} requests nothing from another origin`, async ({ page, baseURL }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(path, { waitUntil: 'networkidle' });
		if (search) {
			await page.getByRole('button', { name: '搜索' }).click();
			await page.getByRole('dialog', { name: '搜索' }).getByRole('textbox').fill(search);
			await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
		}
		await page.waitForLoadState('networkidle');
		expect(requests.length).toBeGreaterThan(1);
		const origin = new URL(baseURL!).origin;
		expect(
			requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))
		).toEqual([]);
	});
}
