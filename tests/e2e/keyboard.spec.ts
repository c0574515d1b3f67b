import { expect, test, type Page } from '@playwright/test';
import { localizedPath, skillPath } from '../../src/navigation/paths';

const name = 'mlops-engineer';

/** Marks every control a keyboard user should reach with Tab, and returns how many there are. */
async function markControls(page: Page): Promise<number> {
	return page.evaluate(() => {
		const selector =
			'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
		const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
			(el) =>
				el.tabIndex >= 0 &&
				!(el as HTMLButtonElement).disabled &&
				!el.closest('[inert], [popover]:not(:popover-open), details:not([open]) > :not(summary)') &&
				el.checkVisibility({ visibilityProperty: true }) &&
				// A radio group is one stop (its checked radio); arrows choose within it.
				!(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked)
		);
		controls.forEach((el, i) => (el.dataset.control = String(i)));
		return controls.length;
	});
}

/** Tabs through the page and returns, for each control reached, whether it showed a focus ring. */
async function tabThrough(page: Page, count: number) {
	const reached = new Map<string, string>();
	for (let i = 0; i < count + 10; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el?.dataset.control) return undefined;
			const style = getComputedStyle(el);
			const ring =
				(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
				style.boxShadow !== 'none';
			return { id: el.dataset.control, ring, what: el.outerHTML.slice(0, 80) };
		});
		if (focus) reached.set(focus.id, focus.ring ? 'ring' : `no ring: ${focus.what}`);
	}
	return reached;
}

for (const [what, path] of [
	['the home page', localizedPath('/', 'zh')],
	['a skill page', skillPath(name, 'en')],
	['the compare view', skillPath(name, 'zh', '/', 'compare')],
	['the not-found page', '/no-such-page/'],
] as const) {
	test(`every control of ${what} is reachable with Tab and shows a focus ring`, async ({
		page,
	}) => {
		// A Tab for every control of a long skill: hundreds on its page and compare view.
		test.setTimeout(60_000);
		await page.goto(path, { waitUntil: 'networkidle' });
		const count = await markControls(page);
		expect(count).toBeGreaterThan(3);
		const reached = await tabThrough(page, count);
		expect([...reached.values()].filter((ring) => ring !== 'ring')).toEqual([]);
		const missed = await page.evaluate(
			(ids) =>
				[...document.querySelectorAll<HTMLElement>('[data-control]')]
					.filter((el) => !ids.includes(el.dataset.control!))
					.map((el) => el.outerHTML.slice(0, 120)),
			[...reached.keys()]
		);
		expect(missed).toEqual([]);
	});
}
