import { existsSync } from 'node:fs';

/** Where Chromium is looked for when `CHROMIUM_PATH` is not set (Debian's, then others' usual places). */
const knownPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium that browser tests drive: `CHROMIUM_PATH` if set, else the system's. Playwright's
 * own browser download is not used: it cannot reach its servers from our machines.
 */
export function chromiumPath(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is ${fromEnv}, but there is no file there.`);
	}
	const found = knownPaths.find((path) => existsSync(path));
	if (found) return found;
	throw new Error(
		'No Chromium found for the browser tests. On Debian or Ubuntu, install it and the CJK fonts:\n' +
			'  sudo apt-get install -y chromium chromium-headless-shell fonts-noto-cjk\n' +
			'or point CHROMIUM_PATH at a Chromium or Chrome binary.'
	);
}

/** Debian's build of Chromium's headless shell (package `chromium-headless-shell`). */
const headlessShell = '/usr/bin/chromium-headless-shell';

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` if set, else the headless shell when
 * installed (what Playwright itself runs headless tests in: on our 2-core machines the suite
 * takes 4 minutes in it against 7 in the full browser), else the full browser. The scripts that
 * measure what a reader sees (Lighthouse, screenshots, search latency) keep the full browser.
 * @example
 * testChromiumPath() // => '/usr/bin/chromium-headless-shell' on a machine set up by .ci/run
 */
export function testChromiumPath(): string {
	if (!process.env.CHROMIUM_PATH && existsSync(headlessShell)) return headlessShell;
	return chromiumPath();
}

/** Flags for a headless Chromium on a closed network, run as root in CI. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
