import type { Page } from '@playwright/test';

/**
 * Starts recording how long the page takes to respond to input: for every click, key press and
 * change, the time from the event to the next frame after its handlers ran, or to the start of
 * the navigation it causes (`beforeunload`). Kept in sessionStorage, so a language switch's time
 * is read on the page it leads to. Call before `page.goto`.
 * @example
 * await recordResponses(page); await page.goto(url); await page.click('…'); await slowestResponse(page) // => 23.4
 */
export async function recordResponses(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const record = (ms: number) => {
			const list = JSON.parse(sessionStorage.getItem('responses') ?? '[]') as number[];
			sessionStorage.setItem('responses', JSON.stringify([...list, ms]));
		};
		for (const type of ['click', 'keydown', 'change']) {
			addEventListener(
				type,
				() => {
					const start = performance.now();
					let done = false;
					const end = () => {
						if (!done) record(performance.now() - start);
						done = true;
					};
					addEventListener('beforeunload', end, { once: true });
					requestAnimationFrame(() => setTimeout(end));
				},
				{ capture: true }
			);
		}
	});
}

/**
 * The longest response recorded since the last call, in ms (0 if there was none), once the
 * frames it waits for have been drawn.
 * @example
 * await page.keyboard.press('ArrowDown'); await slowestResponse(page) // => 12.3
 */
export async function slowestResponse(page: Page): Promise<number> {
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)))
	);
	return page.evaluate(() => {
		const list = JSON.parse(sessionStorage.getItem('responses') ?? '[]') as number[];
		sessionStorage.removeItem('responses');
		return Math.max(0, ...list);
	});
}
