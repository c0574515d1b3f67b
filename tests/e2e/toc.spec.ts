import { expect, test, type Page } from '@playwright/test';
import { tocElements } from '../../src/navigation/toc-markup';
import { loadModel } from '../support/skills';
import { CompareView } from './pages/compare-view';
import { SkillPage } from './pages/skill-page';

// "On this page" marks the section being read (navigation/page-toc.ts): on the skill pages, on
// the compare view (whose headings Starlight's own script did not follow), and on a phone, where
// the bar under the header names it.

const skill = loadModel('mlops-engineer');
const [first, , third] = skill.sections;
const last = skill.allSections.at(-1)!;

/** The link "On this page" marks in the right sidebar. */
const current = (page: Page) => page.locator(`${tocElements.list} a[aria-current="true"]`);

/** Scrolls a heading to where following its link would put it. */
const scrollToHeading = (page: Page, id: string) =>
	page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), id);

test('marks the section being read, on both pages and on the compare view', async ({ page }) => {
	for (const view of [
		new SkillPage(page, skill.name, 'en'),
		new SkillPage(page, skill.name, 'zh'),
		new CompareView(page, skill.name, 'en'),
	]) {
		await view.goto();
		await expect(current(page)).toHaveAttribute('href', '#_top');
		await scrollToHeading(page, third.id);
		await expect(current(page)).toHaveAttribute('href', `#${third.id}`);
		await scrollToHeading(page, first.id);
		await expect(current(page)).toHaveAttribute('href', `#${first.id}`);
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect(current(page)).toHaveAttribute('href', `#${last.id}`);
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 800 } });

	test('names the section being read, and closes on a link, a click outside or Escape', async ({
		page,
	}) => {
		await new SkillPage(page, skill.name, 'zh').goto(`#${third.id}`);
		const bar = page.getByRole('navigation', { name: '本页内容' });
		const summary = bar.locator('summary');
		await expect(summary).toContainText(third.heading.zh.plain);
		await summary.click();
		await expect(
			bar.getByRole('link', { name: first.heading.zh.plain, exact: true })
		).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(bar.locator('details')).not.toHaveAttribute('open');
		await expect(summary).toBeFocused();
		await summary.click();
		await page.mouse.click(200, 700);
		await expect(bar.locator('details')).not.toHaveAttribute('open');
		await summary.click();
		await bar.getByRole('link', { name: first.heading.zh.plain, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`#${first.id}$`));
		await expect(bar.locator('details')).not.toHaveAttribute('open');
		await expect(summary).toContainText(first.heading.zh.plain);
	});
});
