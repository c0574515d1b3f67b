import { describe, expect, test } from 'vitest';
import { parseText } from '../../src/markdown/parse';
import { isSafeUrl } from '../../src/markdown/sanitize';
import { serialize } from '../../src/markdown/serialize';
import { shapeProblem } from '../../src/markdown/shape';
import { pageLabels, pageTree } from '../../src/views/page-tree';
import { withCode } from '../../src/views/page-code';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { toPlainText } from '../../src/markdown/plain-text';
import { loadModel } from '../support/skills';

const labels = pageLabels('zh');
const roundTrip = (markdown: string) => serialize(parseText(markdown)).trimEnd();

describe('sources cannot inject markup', () => {
	test('an HTML block becomes a paragraph of text', () => {
		const tree = parseText('<div onclick="x()">raw</div>');
		expect(tree.children).toEqual([
			expect.objectContaining({
				type: 'paragraph',
				children: [expect.objectContaining({ type: 'text' })],
			}),
		]);
		expect(shapeProblem(tree, 'inline')).toBeUndefined();
		expect(roundTrip('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
	});

	test('raw HTML becomes text', () => {
		expect(roundTrip('a <script>alert(1)</script> b')).toBe('a \\<script>alert(1)\\</script> b');
		expect(roundTrip('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)>');
	});

	test('links with an unsafe protocol keep their text and lose their URL', () => {
		expect(roundTrip('[click](javascript:alert(1)) and [ok](https://example.com)')).toBe(
			'click and [ok](https://example.com)'
		);
		expect(roundTrip('![x](data:text/html;base64,PHNjcmlwdD4=)')).toBe('x');
		expect(roundTrip('[ref][r]\n\n[r]: vbscript:msgbox')).not.toContain('vbscript');
	});

	test('safe URLs are kept', () => {
		for (const url of ['https://a.b', 'http://a.b', 'mailto:a@b.c', '#top', '/x/', './y', 'z'])
			expect(isSafeUrl(url), url).toBe(true);
		for (const url of ['javascript:x', 'JaVaScRiPt:x', 'data:x', 'vbscript:x'])
			expect(isSafeUrl(url), url).toBe(false);
	});
});

describe('serialize', () => {
	test('writes text that only looks like syntax as text', () => {
		expect(roundTrip('Note:this and {#id}')).toBe('Note\\:this and \\{#id}');
		expect(roundTrip('Ratio 3:2')).toBe('Ratio 3:2');
	});

	test('keeps the seed text as it is', () => {
		expect(roundTrip('"Design a complete MLOps platform" -- CI/CD, A/B')).toBe(
			'"Design a complete MLOps platform" -- CI/CD, A/B'
		);
		expect(roundTrip('基于KServe(原KFServing)实现无服务ML推理')).toBe(
			'基于KServe(原KFServing)实现无服务ML推理'
		);
	});
});

describe('shapeProblem', () => {
	test('accepts one paragraph of inline Markdown', () => {
		expect(shapeProblem(parseText('Use `x`, *y* and [z](https://z.z)'), 'inline')).toBeUndefined();
	});

	test.each([
		['# Title', 'is a heading'],
		['- item', 'is a list'],
		['> quote', 'is a quote'],
		['    code', 'is a code block'],
		['---', 'is a horizontal rule'],
		['one\n\ntwo', 'runs over 2 blocks'],
	])('refuses %j as a paragraph', (text, message) => {
		expect(shapeProblem(parseText(text), 'inline')?.message).toContain(message);
	});

	test('wants exactly one table for a table text', () => {
		expect(shapeProblem(parseText('| a |\n| - |\n| 1 |'), 'table')).toBeUndefined();
		expect(shapeProblem(parseText('not a table'), 'table')?.message).toBe(
			'is a paragraph, where a GFM table belongs'
		);
	});
});

test('toPlainText drops the markup', () => {
	expect(toPlainText('Setup & `install` *now*')).toBe('Setup & install now');
});

describe('pageTree', () => {
	const skill = loadModel('tests/fixtures/skills/edge-cases/skill.yaml');

	test('gives headings the shared id in every language', () => {
		const zh = serialize(pageTree(skill, 'zh', labels));
		expect(zh).toMatch(/^## (<span[^>]*><\/span>)*安装与`install` \{#setup--install\}$/m);
		expect(zh).toMatch(/^### (<span[^>]*><\/span>)*更深一层 \{#deeper-level\}$/m);
		expect(zh).toMatch(/^#### (<span[^>]*><\/span>)*最深一层 \{#deepest\}$/m);
		expect(serialize(pageTree(skill, 'en', labels))).toMatch(
			/^## (<span[^>]*><\/span>)*Setup & `install` \{#setup--install\}$/m
		);
	});

	test('puts anchors for former ids and Starlight’s own slugs in the heading', () => {
		expect(serialize(pageTree(skill, 'zh', labels))).toContain(
			'### <span id="old-deeper" class="section-alias"></span><span id="deeper" class="section-alias"></span>' +
				'<span id="更深一层" class="section-alias"></span>更深一层 {#deeper-level}'
		);
	});

	test('writes one language only, with shared code and each language’s table', async () => {
		const zh = serialize(pageTree(skill, 'zh', labels));
		expect(zh).toContain('1. 首先，*阅读*指南。');
		// Code is a slot in the Markdown, coloured when the page is drawn.
		expect(zh).toMatch(/^<!--skill-code:\d+-->$/m);
		const pre = select('pre', fromHtml(await withCode(zh, skill, 'zh'), { fragment: true }));
		expect(pre?.properties).toMatchObject({ dataLanguage: 'bash', dir: 'ltr' });
		expect(toText(pre!)).toBe('npm install\nnpm run dev');
		expect(zh).toMatch(/\| 工具 +\| 用途 \|/);
		expect(zh).not.toContain('First, *read*');
	});

	test('shows a missing translation in the other language, marked and tagged with its lang', () => {
		const zh = serialize(pageTree(skill, 'zh', labels));
		expect(zh).toContain(
			'<span lang="en">Only in English so far.</span> <small class="pending-translation" data-pagefind-ignore="all">尚未翻译</small>'
		);
		expect(serialize(pageTree(skill, 'en', labels))).not.toContain('pending-translation');
	});

	test('escapes heading text that looks like an id', () => {
		expect(serialize(pageTree(skill, 'en', labels))).toMatch(
			/Note: \\\{#not-an-id\} stays text \{#note-not-an-id-stays-text\}$/m
		);
	});
});
