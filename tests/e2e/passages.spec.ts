import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { t } from '../../src/i18n/ui';
import { neutralPath, skillPath } from '../../src/navigation/paths';
import { defaultSiteUrl } from '../../src/site';
import { viewports } from './accessibility';

// Links to one passage, and quotes that carry their translation (PassageLinks.astro). Few page
// loads: a test goes on in the page it has (hash changes are no loads), to keep the suite fast.

const name = 'mlops-engineer';
const section = 'ml-pipeline-orchestration--workflow-management';
const item = 'Kubeflow Pipelines for Kubernetes-native ML workflows';
const itemZh = '基于Kubeflow Pipelines实现Kubernetes原生ML工作流';
/** Its passage's anchor, worked out as a reader's link has it: the section and its English's. */
const id = `${section}.${createHash('sha256').update(item).digest('hex').slice(0, 6)}`;
const views = {
	en: skillPath(name, 'en'),
	zh: skillPath(name, 'zh'),
	compareZh: skillPath(name, 'zh', '/', 'compare'),
	compareEn: skillPath(name, 'en', '/', 'compare'),
};
const sourceEn = 'MLOps Engineer › ML Pipeline Orchestration &#38; Workflow Management';
const sourceZh = 'MLOps工程师 › ML流水线编排与工作流管理';

/**
 * Selects the text of `selector`'s element, or its first `length` characters, and waits for the
 * page to have seen it (`selectionchange` comes after).
 */
async function select(page: Page, selector: string, length?: number) {
	await page
		.locator(selector)
		.first()
		.evaluate((element, count) => {
			const range = document.createRange();
			if (count === undefined) range.selectNodeContents(element);
			else {
				const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()!;
				range.setStart(text, 0);
				range.setEnd(text, count);
			}
			// As a reader's pointer would, it takes the focus from the quote button.
			(document.activeElement as HTMLElement).blur();
			const seen = new Promise((done) =>
				document.addEventListener('selectionchange', done, { once: true })
			);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			return seen;
		}, length);
}

/** What the clipboard holds, as text and as HTML. */
const clipboard = (page: Page) =>
	page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		const read = async (type: string) =>
			item!.types.includes(type) ? (await item!.getType(type)).text() : '';
		return { text: await read('text/plain'), html: await read('text/html') };
	});

/** Presses Copy quote under the selection, and waits for what it says. */
async function quote(page: Page, language: 'en' | 'zh', said: 'quoteCopied' | 'quoteAlone') {
	const status = page.locator('passage-links [role="status"]');
	await status.evaluate((element) => (element.textContent = ''));
	await page.getByRole('button', { name: t(language)('passage.quote') }).click();
	await expect(status).toHaveText(t(language)(`passage.${said}`));
	return clipboard(page);
}

/** The requests for the page at `path` a page makes from now on, by their kind. */
function requestsFor(page: Page, path: string) {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === path) seen.push(request.resourceType());
	});
	return seen;
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('on the English page: a passage’s link, and a quote whose translation is fetched from the Chinese page when it is copied', async ({
	page,
}) => {
	const asked = requestsFor(page, views.zh);
	// What makes a quote is a file of its own (src/on-demand.ts), fetched at the first selection.
	const quoting: string[] = [];
	page.on('request', (request) => {
		if (/\/passage-quoting\.[\w-]+\.js$/.test(request.url())) quoting.push(request.url());
	});
	await page.goto(views.en, { waitUntil: 'networkidle' });
	// The page carries no translation, and asks for none until a quote; nor for the quote's code.
	expect(asked).toEqual([]);
	expect(quoting).toEqual([]);
	expect(await page.locator('[data-other]').count()).toBe(0);

	await page.locator(`[id="${id}"]`).hover();
	const button = page.getByRole('button', { name: t('en')('passage.link') });
	await expect(button).toBeVisible();
	await button.click();
	await expect(page.locator('passage-links [role="status"]')).toHaveText(
		t('en')('passage.linkCopied')
	);
	const link = `${defaultSiteUrl}${views.en}#${id}`;
	expect((await clipboard(page)).text).toBe(link);

	// Offline: the selection and its link, and a status that says the translation is missing.
	await page.route(views.zh, (route) => route.abort());
	await select(page, `[id="${id}"]`);
	const alone = await quote(page, 'en', 'quoteAlone');
	expect(alone.text).toBe(`> ${item}\n\n— ${sourceEn} (${link})`);
	expect(alone.html).not.toContain('lang="zh-CN"');

	// Online again: it asks again, once, and the quote carries the Chinese, English first.
	await page.unroute(views.zh);
	const { text, html } = await quote(page, 'en', 'quoteCopied');
	expect(text).toBe(`> ${item}\n>\n> ${itemZh}\n\n— ${sourceEn} (${link})`);
	expect(html).toContain(`<p lang="en">${item}</p><p lang="zh-CN">${itemZh}</p>`);
	expect((await quote(page, 'en', 'quoteCopied')).text).toBe(text);
	expect(asked).toEqual(['fetch', 'fetch']);
	expect(quoting).toHaveLength(1);
});

test('on the Chinese page, by keyboard: the Chinese first; a passage the English page lacks is quoted alone', async ({
	page,
}) => {
	await page.goto(views.zh);
	await select(page, `[id="${id}"]`);
	const button = page.getByRole('button', { name: t('zh')('passage.quote') });
	await expect(button).toBeVisible();
	// The button is the next stop of Tab from the selection.
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('passage-links [role="status"]')).toHaveText(
		t('zh')('passage.quoteCopied')
	);
	const { text, html } = await clipboard(page);
	const link = `${defaultSiteUrl}${views.zh}#${id}`;
	expect(text).toBe(`> ${itemZh}\n>\n> ${item}\n\n— ${sourceZh} (${link})`);
	expect(html).toContain(`<p lang="zh-CN">${itemZh}</p><p lang="en">${item}</p>`);
	expect(html).toContain(`<a href="${link}">${sourceZh}</a>`);

	// A passage the other page does not have (a page deployed before an edit): no text is made
	// up. Part of it: the selection, without the note on a translation it does not carry.
	const missing = `${section}.ffffff`;
	await page.locator(`[id="${id}"]`).evaluate((element, to) => (element.id = to), missing);
	await select(page, `[id="${missing}"]`, '基于'.length);
	const alone = await quote(page, 'zh', 'quoteAlone');
	expect(alone.text).toBe(`> 基于\n\n— ${sourceZh} (${defaultSiteUrl}${views.zh}#${missing})`);
	expect(alone.html).toContain('<blockquote><p lang="zh-CN">基于</p></blockquote>');
});

test('in the compare view: part of a row quotes the selection and the row’s other text whole, and says so, asking for no page', async ({
	page,
}) => {
	await page.goto(views.compareEn);
	const asked = requestsFor(page, views.zh);
	await select(page, `[id="${id}"] > [data-side="en"]`, 'Kubeflow Pipelines'.length);
	const { text, html } = await quote(page, 'en', 'quoteCopied');
	expect(text).toBe(
		`> Kubeflow Pipelines\n>\n> ${itemZh}\n\n— ${sourceEn} (${defaultSiteUrl}${views.compareEn}#${id}) ${t('en')('passage.partial')}`
	);
	expect(html).toContain('<p lang="en">Kubeflow Pipelines</p>');
	expect(asked).toEqual([]);
});

test('a link to a passage lands on it, marked, in each view and language, and through /go/; one whose passage is gone lands on its section', async ({
	page,
}) => {
	const landed = async (path: string, target: string) => {
		const passage = page.locator(`[id="${target}"]`);
		await expect(passage).toBeInViewport();
		expect(await passage.evaluate((e) => e.matches(':target')), path).toBe(true);
		return passage;
	};
	for (const path of [views.en, views.zh, views.compareZh]) {
		// Loaded with a link whose passage is gone (its English changed)…
		await page.goto(`${path}#${section}.000000`);
		await expect(page).toHaveURL(new RegExp(`#${section}$`));
		await landed(path, section);
		// …then the passage's own link, in the same page.
		await page.goto(`${path}#${id}`);
		const passage = await landed(path, id);
		expect(await passage.evaluate((e) => getComputedStyle(e).outlineStyle), path).toBe('solid');
	}
	await page.goto(`${neutralPath(name)}#${id}`);
	await landed(neutralPath(name), id);
});

test('a malformed passage link is no error: it names no passage', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${views.en}#%E0%A4%A.abcdef`, { waitUntil: 'networkidle' });
	await expect(page.locator('main')).toBeVisible();
	expect(errors).toEqual([]);
});

test.describe('the controls', () => {
	const cases = [
		{ path: views.en, theme: 'light', device: 'desktop' },
		{ path: views.zh, theme: 'dark', device: 'phone' },
		{ path: views.compareZh, theme: 'light', device: 'phone' },
		{ path: views.compareEn, theme: 'dark', device: 'desktop' },
	] as const;
	for (const { path, theme, device } of cases) {
		test(`shift nothing and pass axe: ${path}, ${theme}, ${device}`, async ({ browser }) => {
			const context = await browser.newContext({ viewport: viewports[device], colorScheme: theme });
			const page = await context.newPage();
			await page.addInitScript((t) => {
				localStorage.setItem('starlight-theme', t);
				const w = window as unknown as { shift: number };
				w.shift = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries())
						w.shift += (entry as unknown as { value: number }).value;
				}).observe({ type: 'layout-shift', buffered: true });
			}, theme);
			await page.goto(path, { waitUntil: 'networkidle' });
			const shift = () => page.evaluate(() => (window as unknown as { shift: number }).shift);
			const before = await shift();
			const passages = page.locator('main li[id*="."]');
			for (const index of [0, 1, 2]) await passages.nth(index).hover();
			await select(page, 'main li[id*="."]');
			await page.locator('.passage-link').focus();
			await expect(page.locator('.passage-quote')).toBeVisible();
			expect(await shift()).toBe(before);
			// The whole page is checked by accessibility.spec.ts; here, the controls shown.
			const { violations } = await new AxeBuilder({ page })
				.include('.passage-link')
				.include('.passage-quote')
				.analyze();
			expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target)}`)).toEqual([]);
			await context.close();
		});
	}
});
