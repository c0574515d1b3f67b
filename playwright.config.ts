import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, testChromiumPath } from './tests/support/browser';

const port = Number(process.env.PREVIEW_PORT ?? 4321);
const fixturesPort = port + 1;
const realPort = port + 2;

/**
 * Browser tests against production builds, served by `astro preview`: the site itself
 * (`npm run build`, dist/) and a site built from the fixture skills (`npm run build:fixtures`,
 * dist-fixtures/) for edge cases the real content does not have, and one built from the 40 real skills
 * imported with their Chinese (`npm run build:real`, dist-real/).
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Two browsers at once: most of a browser test is waiting (loads, network idle), so two workers
	// finish sooner than Playwright's default of one per two cores, even on a 2-core machine.
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		trace: 'retain-on-failure',
		launchOptions: { executablePath: testChromiumPath(), args: chromiumArgs },
	},
	projects: [
		{
			name: 'site',
			testIgnore: ['fixtures/**', 'real/**'],
			use: {
				...devices['Desktop Chrome'],
				channel: undefined,
				baseURL: `http://127.0.0.1:${port}`,
			},
		},
		{
			name: 'real',
			testMatch: 'real/**/*.spec.ts',
			use: {
				...devices['Desktop Chrome'],
				channel: undefined,
				baseURL: `http://127.0.0.1:${realPort}`,
			},
		},
		{
			name: 'fixtures',
			testMatch: 'fixtures/**/*.spec.ts',
			use: {
				...devices['Desktop Chrome'],
				channel: undefined,
				baseURL: `http://127.0.0.1:${fixturesPort}`,
			},
		},
	],
	webServer: [
		{
			command: `npx astro preview --host 127.0.0.1 --port ${realPort} --outDir dist-real --ignore-lock`,
			url: `http://127.0.0.1:${realPort}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		{
			command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		{
			command: `npx astro preview --host 127.0.0.1 --port ${fixturesPort} --outDir dist-fixtures --ignore-lock`,
			url: `http://127.0.0.1:${fixturesPort}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
	],
});
