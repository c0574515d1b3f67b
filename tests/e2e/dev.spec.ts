import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// `npm run dev` on a copy of two skills, one good and one broken, on its own port.
const port = Number(process.env.PREVIEW_PORT ?? 4321) + 10;
const origin = `http://127.0.0.1:${port}`;
const skills = mkdtempSync(join(tmpdir(), 'dev-skills-'));
let server: ChildProcess;
let output = '';
let startup = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	cpSync('tests/fixtures/invalid-dev', skills, { recursive: true });
	server = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{
			env: { ...process.env, SKILLS_DIR: skills, FORCE_COLOR: '0' },
		}
	);
	server.stdout!.on('data', (chunk) => (output += chunk));
	server.stderr!.on('data', (chunk) => (output += chunk));
	await expect.poll(() => output, { timeout: 60_000 }).toContain('watching for file changes');
	startup = output;
});

test.afterAll(() => {
	server.kill();
});

test('a source broken at startup: the server starts, and its page shows the error', async ({
	page,
}) => {
	const broken = readFileSync('tests/fixtures/invalid-dev/broken/skill.yaml', 'utf8');
	expect(broken).toContain('name: broken');
	await page.goto(`${origin}/skills/broken/`);
	const overlay = page.locator('vite-error-overlay');
	// The first request to a fresh dev server compiles the page's modules before the overlay comes
	// (9.8 s once in CI, on a busy machine).
	await expect(overlay).toContainText(
		'broken/skill.yaml:16:13 section “Capabilities”, block 1, list item 2, zh: has no Chinese text',
		{ timeout: 20_000 }
	);
	await expect(overlay).toContainText('mark the pair untranslated: zh');
	// At startup, every loader met the error; it was printed once, with its fix, and no stack.
	expect(startup.match(/has no Chinese text/g)).toHaveLength(1);
	expect(startup).toContain('Fix: Add `zh:` with the Chinese text.');
	expect(startup).not.toMatch(/Stack trace|\bat \S+ \(/);
});

test('the other skills stay live, and a mistyped skill answers 404', async ({ page }) => {
	expect((await page.goto(`${origin}/skills/good/`))!.status()).toBe(200);
	const file = join(skills, 'good/skill.yaml');
	writeFileSync(file, readFileSync(file, 'utf8').replace('en: Purpose', 'en: Purpose today'));
	// Asked for over HTTP, not navigated to: the dev client on the open page reloads it when the
	// content changes, which would interrupt a navigation of the test's own (also after the poll
	// has seen the change: the reload comes when it comes).
	await expect
		.poll(async () => (await page.request.get(`${origin}/skills/good/`)).text(), {
			timeout: 20_000,
		})
		.toContain('<h2 id="purpose-today">');
	expect((await page.request.get(`${origin}/skills/gooood/`)).status()).toBe(404);
	expect((await page.request.get(`${origin}/zh-cn/skills/gooood/compare/`)).status()).toBe(404);
});

test('a skill’s image is served under its own name, with the skill files’ headers', async ({
	page,
}) => {
	// `x#y.svg`: a name a URL must encode, which Astro's routes could not serve.
	const response = await page.request.get(`${origin}/skill-files/good/x%23y.svg`);
	expect(response.status()).toBe(200);
	expect(response.headers()).toMatchObject({
		'content-type': 'image/svg+xml',
		'content-security-policy': 'sandbox',
		'x-content-type-options': 'nosniff',
	});
	expect(await response.text()).toBe(readFileSync(join(skills, 'good', 'x#y.svg'), 'utf8'));
	// Only what a text shows is published, not the rest of the folder.
	expect((await page.request.get(`${origin}/skill-files/good/skill.yaml`)).status()).toBe(404);
});

test('serves the language-neutral pages of every skill and section, an alias’s too', async ({
	page,
}) => {
	const title = async (path: string) => {
		const response = await page.request.get(`${origin}${path}`);
		expect(response.status(), path).toBe(200);
		return /<meta property="og:title" content="([^"]*)">/.exec(await response.text())?.[1];
	};
	expect(await title('/go/good/')).toBe('Good · 好');
	// Its heading was edited above: the page follows the source.
	expect(await title('/go/good/purpose-today/')).toBe('Purpose today — Good · 定位 — 好');
	expect(await title(`/go/good/${encodeURIComponent('定位')}/`)).toBe(
		'Purpose today — Good · 定位 — 好'
	);
	expect((await page.request.get(`${origin}/go/good/nowhere/`)).status()).toBe(404);
});
