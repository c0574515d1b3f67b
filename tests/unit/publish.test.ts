import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersRule, skillFileHeaders } from '../../src/publish/headers';
import { publishedFiles, publishFiles } from '../../src/publish/published-files';
import { requestedFile } from '../../src/publish/requested-file';
import { previewSkillFiles, serveSkillFiles } from '../../src/publish/serve-skill-file';

describe('a request for a skill file', () => {
	test.each([
		['/skill-files/x/names/a%2541.png', '/', { name: 'x', file: 'names/a%41.png' }],
		['/skill-files/x/x%23y.png', '/', { name: 'x', file: 'x#y.png' }],
		['/skill-files/x/q%3F.png', '/', { name: 'x', file: 'q?.png' }],
		['/skill-files/x/a%2Bb.png', '/', { name: 'x', file: 'a+b.png' }],
		['/skill-files/x/a+b.png', '/', { name: 'x', file: 'a+b.png' }],
		['/skill-files/x/%E6%B5%81%E7%A8%8B.png', '/', { name: 'x', file: '流程.png' }],
		['/docs/skill-files/x/flow%20chart.png', '/docs/', { name: 'x', file: 'flow chart.png' }],
		['/docs/skill-files/x/flow.png', '/docs', { name: 'x', file: 'flow.png' }],
	])('%s (base %s) is %j', (path, base, expected) => {
		expect(requestedFile(path, base)).toEqual(expected);
	});

	test.each([
		'/skills/x/',
		'/skill-files/x',
		'/skill-files/x/',
		'/skill-files/x/%2E%2E/y.png',
		'/skill-files/x/a%2Fb.png',
		'/skill-files/x/bad%E6.png',
		'/docs/skill-files/x/a.png',
	])('%s asks for none', (path) => {
		expect(requestedFile(path, '/')).toBeUndefined();
	});
});

test('the headers file names the skill files behind the base', () => {
	expect(headersRule('/docs')).toBe(
		'/docs/skill-files/*\n  Content-Security-Policy: sandbox\n  X-Content-Type-Options: nosniff\n'
	);
});

/** A response that records what was sent, and a `next` that records that it was called. */
function exchange(url: string) {
	const sent: { status?: number; headers?: Record<string, string>; body?: Buffer } = {};
	let passed = false;
	let settle = () => {};
	const done = new Promise<void>((resolve) => (settle = resolve));
	const response = {
		writeHead: (status: number, headers: Record<string, string>) =>
			Object.assign(sent, { status, headers }),
		end: (body: Buffer) => {
			sent.body = body;
			settle();
		},
		get writableEnded() {
			return sent.body !== undefined;
		},
	} as unknown as ServerResponse;
	const next = () => {
		passed = true;
		settle();
	};
	return { request: { url } as IncomingMessage, response, next, sent, done, passed: () => passed };
}

describe('astro dev serves the files a skill shows, as the build publishes them', () => {
	const folder = mkdtempSync(join(tmpdir(), 'served-'));
	writeFileSync(join(folder, 'x#y.png'), 'png');
	writeFileSync(join(folder, 'hidden.png'), 'png');
	publishFiles('served', { folder, files: ['x#y.png'] });

	test('the registry holds what the loader recorded', () => {
		expect(publishedFiles().get('served')).toEqual({ folder, files: ['x#y.png'] });
	});

	test('a shown file, with its type and headers', async () => {
		const call = exchange('/skill-files/served/x%23y.png');
		serveSkillFiles('/')(call.request, call.response, call.next);
		await call.done;
		expect(call.sent).toEqual({
			status: 200,
			headers: { 'Content-Type': 'image/png', ...skillFileHeaders },
			body: Buffer.from('png'),
		});
	});

	test.each(['/skill-files/served/hidden.png', '/skill-files/other/x%23y.png', '/skills/served/'])(
		'not %s, which goes on to Astro',
		async (url) => {
			const call = exchange(url);
			serveSkillFiles('/')(call.request, call.response, call.next);
			await call.done;
			expect(call.passed()).toBe(true);
			expect(call.sent).toEqual({});
		}
	);
});

describe('astro preview serves the built files under any legal name', () => {
	const dist = mkdtempSync(join(tmpdir(), 'dist-'));
	mkdirSync(join(dist, 'skill-files', 'x'), { recursive: true });
	writeFileSync(join(dist, 'skill-files', 'x', 'q?.png'), 'png');

	test('a file the build published, with its headers', async () => {
		const call = exchange('/skill-files/x/q%3F.png');
		expect(await previewSkillFiles('/', dist)(call.request, call.response)).toBe(call.request.url);
		expect(call.sent.headers).toEqual({ 'Content-Type': 'image/png', ...skillFileHeaders });
		expect(call.response.writableEnded).toBe(true);
	});

	test('anything else goes on to the static server, untouched', async () => {
		const call = exchange('/skill-files/x/missing.png');
		expect(await previewSkillFiles('/', dist)(call.request, call.response)).toBe(call.request.url);
		expect(call.sent).toEqual({});
	});
});
