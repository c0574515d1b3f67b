import { expect, test } from '@playwright/test';
import { languages } from '../../src/i18n/languages';
import { localizedPath, skillPath } from '../../src/navigation/paths';
import { defaultSiteUrl } from '../../src/site';
import { loadModel } from '../support/skills';

const skill = loadModel('mlops-engineer');
const absolute = (path: string) => `${defaultSiteUrl}${path}`;

const pages = [
	{
		kind: 'home',
		key: 'en',
		path: localizedPath('/', 'en'),
		description: 'Agent skills in English',
	},
	{ kind: 'home', key: 'zh', path: localizedPath('/', 'zh'), description: '中英对照' },
	{
		kind: 'skill',
		key: 'en',
		path: skillPath(skill.name, 'en'),
		description: skill.description.en.text,
	},
	{
		kind: 'skill',
		key: 'zh',
		path: skillPath(skill.name, 'zh'),
		description: skill.description.zh.text,
	},
	{
		kind: 'compare',
		key: 'en',
		path: skillPath(skill.name, 'en', '/', 'compare'),
		description: skill.description.en.text,
	},
	{
		kind: 'compare',
		key: 'zh',
		path: skillPath(skill.name, 'zh', '/', 'compare'),
		description: skill.description.zh.text,
	},
] as const;

for (const { kind, key, path, description } of pages) {
	test(`the ${languages[key].name} ${kind} page unfurls in its language`, async ({ browser }) => {
		// As a wiki's link unfurler sees it: the HTML, no script.
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		const meta = (selector: string) => page.locator(selector).first();
		await expect(meta('meta[name="description"]')).toHaveAttribute(
			'content',
			new RegExp(escape(description))
		);
		await expect(meta('meta[property="og:description"]')).toHaveAttribute(
			'content',
			new RegExp(escape(description))
		);
		await expect(meta('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
		await expect(meta('meta[property="og:locale"]')).toHaveAttribute(
			'content',
			languages[key].ogLocale
		);
		await expect(meta('meta[property="og:locale:alternate"]')).toHaveAttribute(
			'content',
			languages[key === 'en' ? 'zh' : 'en'].ogLocale
		);
		await expect(meta('link[rel="canonical"]')).toHaveAttribute('href', absolute(path));
		const other = key === 'en' ? path.replace(/^\//, '/zh-cn/') : path.replace(/^\/zh-cn\//, '/');
		const english = key === 'en' ? path : other;
		await expect(meta('link[hreflang="en"]')).toHaveAttribute('href', absolute(english));
		await expect(meta('link[hreflang="zh-CN"]')).toHaveAttribute(
			'href',
			absolute(key === 'zh' ? path : other)
		);
		await expect(meta('link[hreflang="x-default"]')).toHaveAttribute('href', absolute(english));
		await context.close();
	});
}

test('the sitemap lists every page with its alternates, and no language-neutral link', async ({
	request,
}) => {
	const index = await (await request.get('/sitemap-index.xml')).text();
	const sitemap = await (
		await request.get(new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!).pathname)
	).text();
	for (const { path } of pages) {
		expect(sitemap).toContain(`<loc>${absolute(path)}</loc>`);
	}
	expect(sitemap).toContain(
		`<xhtml:link rel="alternate" hreflang="zh-CN" href="${absolute(skillPath(skill.name, 'zh'))}"/>`
	);
	expect(sitemap).not.toContain('/go/');
});

function escape(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
