import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../../src/i18n/ui';
import { neutralPath, skillPath } from '../../src/navigation/paths';
import { defaultSiteUrl } from '../../src/site';
import { viewports } from './accessibility';

// Links to one passage, and quotes that carry their translation (PassageLinks.astro).

const name = 'mlops-engineer';
const section = 'ml-pipeline-orchestration--workflow-management';
const item = 'Kubeflow Pipelines for Kubernetes-native ML workflows';
const itemZh = '基于Kubeflow Pipelines实现Kubernetes原生ML工作流';
const views = {
	en: skillPath(name, 'en'),
	zh: skillPath(name, 'zh'),
	compareZh: skillPath(name, 'zh', '/', 'compare'),
	compareEn: skillPath(name, 'en', '/', 'compare'),
};

/** The id of the English page's list item with this text: its passage's anchor. */
async function anchorOf(page: Page, text: string) {
	await page.goto(views.en);
	return (await page.locator('li', { hasText: text }).first().getAttribute('id'))!;
}

/** Selects the text of `selector`'s element, or its first `length` characters. */
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
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
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

test.describe('a link to a passage', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('is copied from the button beside the passage under the pointer', async ({ page }) => {
		const id = await anchorOf(page, item);
		expect(id).toMatch(new RegExp(`^${section}\\.[0-9a-f]{6}$`));
		await page.locator(`[id="${id}"]`).hover();
		const button = page.getByRole('button', { name: t('en')('passage.link') });
		await expect(button).toBeVisible();
		await button.click();
		await expect(page.locator('passage-links [role="status"]')).toHaveText(
			t('en')('passage.linkCopied')
		);
		expect((await clipboard(page)).text).toBe(`${defaultSiteUrl}${views.en}#${id}`);
	});

	test('lands on the passage, marked, in each view and language, and through /go/', async ({
		page,
	}) => {
		const id = await anchorOf(page, item);
		for (const path of [views.en, views.zh, views.compareZh, neutralPath(name)]) {
			await page.goto(`${path}#${id}`);
			const passage = page.locator(`[id="${id}"]`);
			await expect(passage).toBeInViewport();
			expect(await passage.evaluate((e) => e.matches(':target')), path).toBe(true);
			expect(await passage.evaluate((e) => getComputedStyle(e).outlineStyle), path).toBe('solid');
		}
	});

	test('whose passage is gone lands on its section, in each view', async ({ page }) => {
		for (const path of [views.en, views.zh, views.compareEn]) {
			await page.goto(`${path}#${section}.000000`);
			await expect(page).toHaveURL(new RegExp(`#${section}$`));
			await expect(page.locator(`[id="${section}"]`)).toBeInViewport();
		}
	});
});

test.describe('a quote', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('of whole passages carries their translation and link, the reader’s language first, by keyboard', async ({
		page,
	}) => {
		const id = await anchorOf(page, item);
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
		expect(text).toBe(
			`> ${itemZh}\n>\n> ${item}\n\n— MLOps工程师 › ML流水线编排与工作流管理 (${link})`
		);
		expect(html).toContain(`<p lang="zh-CN">${itemZh}</p><p lang="en">${item}</p>`);
		expect(html).toContain(`<a href="${link}">MLOps工程师 › ML流水线编排与工作流管理</a>`);
	});

	test('of part of a compare row quotes the selection and the translation whole, and says so', async ({
		page,
	}) => {
		const id = await anchorOf(page, item);
		await page.goto(views.compareEn);
		await select(page, `[id="${id}"] > [data-side="en"]`, 'Kubeflow Pipelines'.length);
		await page.getByRole('button', { name: t('en')('passage.quote') }).click();
		const { text, html } = await clipboard(page);
		expect(text).toBe(
			`> Kubeflow Pipelines\n>\n> ${itemZh}\n\n— MLOps Engineer › ML Pipeline Orchestration &#38; Workflow Management (${defaultSiteUrl}${views.compareEn}#${id}) ${t('en')('passage.partial')}`
		);
		expect(html).toContain('<p lang="en">Kubeflow Pipelines</p>');
	});
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
