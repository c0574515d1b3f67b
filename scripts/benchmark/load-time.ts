/**
 * How fast a page loads in headless Chromium, from a cold cache: what a first visit costs, which
 * the weights alone do not tell (parsing, layout, the order of requests).
 */
import type { Browser } from '@playwright/test';

interface LoadTimes {
	/** When DOMContentLoaded's handlers finished, in ms from navigation start. */
	dcl: number;
	/** When load's handlers finished, in ms from navigation start. */
	load: number;
}

/**
 * DOMContentLoaded and load of one visit to `url`, in a new browser context (an empty cache and
 * no service worker), from the page's own Navigation Timing.
 * @example
 * await loadTimes(browser, 'http://127.0.0.1:4460/skills/mlops-engineer/') // => { dcl: 231.5, load: 246.1 }
 */
export async function loadTimes(browser: Browser, url: string): Promise<LoadTimes> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const response = await page.goto(url, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}.`);
		// `load` has fired, but its end is stamped only after its handlers have run.
		const timing = await page.waitForFunction(() => {
			const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
			return entry && entry.loadEventEnd > 0
				? { dcl: entry.domContentLoadedEventEnd, load: entry.loadEventEnd }
				: false;
		});
		return (await timing.jsonValue()) as LoadTimes;
	} finally {
		await context.close();
	}
}
