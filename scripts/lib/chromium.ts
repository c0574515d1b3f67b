/**
 * The one Chromium the scripts drive, found and flagged as the browser tests do (tests/browser.ts):
 * the system's, since Playwright's and Lighthouse's own downloads cannot reach their servers here.
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/browser.ts';

export { chromiumPath };

/**
 * Flags for launching Chromium outside Playwright (chrome-launcher, for Lighthouse), which does
 * not add `--headless` itself as Playwright does.
 * @example
 * await launch({ chromePath: chromiumPath(), chromeFlags: headlessChromeFlags })
 */
export const headlessChromeFlags: readonly string[] = ['--headless=new', ...chromiumArgs];

/**
 * A headless Chromium for Playwright; close it when done.
 * @example
 * const browser = await launchChromium();
 * try { await (await browser.newPage()).goto(url); } finally { await browser.close(); }
 */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}
