/**
 * The one Chromium the scripts drive, found and flagged as the browser tests do (tests/support/browser.ts):
 * the system's, since Playwright's and Lighthouse's own downloads cannot reach their servers here.
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/support/browser.ts';

/**
 * Options for chrome-launcher (which Lighthouse drives): the same Chromium and flags, plus
 * `--headless`, which Playwright adds by itself and chrome-launcher does not, and `flags`.
 * @example
 * const chrome = await launch(chromeLauncherOptions(['--accept-lang=en-US']));
 */
export function chromeLauncherOptions(flags: string[] = []) {
	return { chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromiumArgs, ...flags] };
}

/**
 * A headless Chromium for Playwright; close it when done.
 * @example
 * const browser = await launchChromium();
 * try { await (await browser.newPage()).goto(url); } finally { await browser.close(); }
 */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}
