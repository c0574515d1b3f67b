import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/browser';

const port = Number(process.env.PREVIEW_PORT ?? 4321);

/** Browser tests run against the production build (`npm run build`), served by `astro preview`. */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
	},
	projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
