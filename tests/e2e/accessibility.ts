import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';

// axe's experimental rules too: label-content-name-mismatch, the one bare Starlight fails, is one.
const experimental = Object.fromEntries(
	axe.getRules(['experimental']).map(({ ruleId }) => [ruleId, { enabled: true }])
);

/** Fails with every axe violation on the page, each with the elements it concerns. */
export async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).options({ rules: experimental }).analyze();
	expect(
		violations.map(
			({ id, help, nodes }) => `${id}: ${help} (${nodes.map((n) => n.target).join('; ')})`
		)
	).toEqual([]);
}

export const viewports = {
	desktop: { width: 1280, height: 800 },
	phone: { width: 390, height: 844 },
} as const;

export const themes = ['light', 'dark'] as const;

export interface AxePage {
	name: string;
	path: string;
	/** Runs before the page is opened, e.g. to intercept requests. */
	prepare?: (page: Page) => Promise<void>;
	/** A page outside Starlight's layout: it follows the system's color scheme, not a stored theme. */
	plain?: boolean;
}

/**
 * One test per page, viewport and theme, each checking the page with axe.
 * @example
 * axeTests([{ name: 'the home page', path: '/' }])
 */
export function axeTests(pages: AxePage[]) {
	for (const { name, path, prepare, plain } of pages) {
		for (const [device, viewport] of Object.entries(viewports)) {
			for (const theme of themes) {
				test(`${name}: ${device}, ${theme}`, async ({ browser }) => {
					const context = await browser.newContext({ viewport, colorScheme: theme });
					const page = await context.newPage();
					await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
					await prepare?.(page);
					await page.goto(path, { waitUntil: 'networkidle' });
					if (!plain) await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
					await expectNoAxeViolations(page);
					await context.close();
				});
			}
		}
	}
}
