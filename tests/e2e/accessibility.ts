import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';

// axe's experimental rules too: label-content-name-mismatch, the one bare Starlight fails, is one.
const experimental = Object.fromEntries(
	axe.getRules(['experimental']).map(({ ruleId }) => [ruleId, { enabled: true }])
);

/** Fails with every axe violation on the page, each with the elements it concerns. */
export async function expectNoAxeViolations(page: Page) {
	// Violations only: axe then keeps one passing node per rule rather than every node it passed,
	// which on a compare view of thousands of nodes is most of its time.
	const { violations } = await new AxeBuilder({ page })
		.options({ rules: experimental, resultTypes: ['violations'] })
		.analyze();
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
	/** Checked at every viewport in every theme, not only at one viewport per theme. */
	everyPair?: boolean;
}

/**
 * The viewports and themes a page is checked at: both themes and both viewports, as two pairs
 * (desktop in light, phone in dark), or every pair of the two.
 */
function combinations(everyPair: boolean) {
	const all = Object.entries(viewports).flatMap(([device, viewport]) =>
		themes.map((theme) => ({ device, viewport, theme }))
	);
	return everyPair ? all : all.filter((_, index) => index === 0 || index === all.length - 1);
}

/**
 * One test per page and combination of viewport and theme (see `combinations`), each checking
 * the page with axe.
 * @example
 * axeTests([{ name: 'the home page', path: '/' }])
 */
export function axeTests(pages: AxePage[]) {
	for (const { name, path, prepare, plain, everyPair = false } of pages) {
		for (const { device, viewport, theme } of combinations(everyPair)) {
			test(`${name}: ${device}, ${theme}`, async ({ browser }) => {
				// axe reads every node of a page: the longest compare views have thousands.
				test.setTimeout(90_000);
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
