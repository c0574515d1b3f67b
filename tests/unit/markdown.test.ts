import { describe, expect, test } from 'vitest';
import { parseText } from '../../src/markdown/parse';
import { isSafeUrl } from '../../src/markdown/sanitize';
import { blockHast } from '../../src/views/text-hast';
import { toHtml } from 'hast-util-to-html';
import { shapeProblem } from '../../src/markdown/shape';
import { pageHtml } from '../../src/views/page-html';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { loadModel } from '../support/skills';

/** A text as a page shows it, as HTML. */
const shown = (markdown: string) =>
	toHtml({ type: 'root', children: blockHast(parseText(markdown)) });

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
		expect(shown('<script>alert(1)</script>')).toBe('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
	});

	test('raw HTML becomes text', () => {
		expect(shown('a <script>alert(1)</script> b')).toBe(
			'<p>a &#x3C;script>alert(1)&#x3C;/script> b</p>'
		);
		expect(shown('<img src=x onerror=alert(1)>')).toBe('<p>&#x3C;img src=x onerror=alert(1)></p>');
	});

	test('links with an unsafe protocol keep their text and lose their URL', () => {
		expect(shown('[click](javascript:alert(1)) and [ok](https://example.com)')).toBe(
			'<p>click and <a href="https://example.com">ok</a></p>'
		);
		expect(shown('![x](data:text/html;base64,PHNjcmlwdD4=)')).toBe('<p>x</p>');
		expect(shown('[ref][r]\n\n[r]: vbscript:msgbox')).not.toContain('vbscript');
	});

	test('safe URLs are kept', () => {
		for (const url of ['https://a.b', 'http://a.b', 'mailto:a@b.c', '#top', '/x/', './y', 'z'])
			expect(isSafeUrl(url), url).toBe(true);
		for (const url of ['javascript:x', 'JaVaScRiPt:x', 'data:x', 'vbscript:x'])
			expect(isSafeUrl(url), url).toBe(false);
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

describe('a skill page', () => {
	const skill = loadModel('tests/fixtures/skills/edge-cases/skill.yaml');
	/** The page's body in one language, as a tree. */
	const page = async (key: 'en' | 'zh') => {
		const html = await pageHtml(skill, key, (title) => `Section titled “${title}”`);
		return fromHtml(html, { fragment: true });
	};
	const heading = (tree: Root, id: string) => select(`[id="${id}"]:is(h2, h3, h4)`, tree);

	test('gives headings the shared id in every language, at their level', async () => {
		const [en, zh] = [await page('en'), await page('zh')];
		expect(heading(zh, 'setup--install')?.tagName).toBe('h2');
		expect(toText(heading(zh, 'setup--install')!)).toBe('安装与install');
		expect(toText(heading(en, 'setup--install')!)).toBe('Setup & install');
		expect(heading(zh, 'deeper-level')?.tagName).toBe('h3');
		expect(heading(zh, 'deepest')?.tagName).toBe('h4');
	});

	test('puts anchors for former ids and Starlight’s own slugs in the heading', async () => {
		const aliases = selectAll('.section-alias', heading(await page('zh'), 'deeper-level')!);
		expect(aliases.map((alias) => alias.properties.id)).toEqual([
			'old-deeper',
			'deeper',
			'更深一层',
		]);
	});

	test('writes one language only, with shared code coloured and each language’s table', async () => {
		const zh = await page('zh');
		expect(toText(select('ol > li', zh)!)).toBe('首先，阅读指南。');
		const pre = select('pre', zh);
		expect(pre?.properties).toMatchObject({ dataLanguage: 'bash', dir: 'ltr' });
		expect(toText(pre!)).toBe('npm install\nnpm run dev');
		expect(selectAll('th', zh).map((th) => toText(th))).toContain('工具');
		expect(toText(zh)).not.toContain('First, read');
		// Inline code follows its own direction, as Starlight marks it; code blocks do not.
		expect(select('h2 code', zh)?.properties.dir).toBe('auto');
		expect(select('pre code', zh)?.properties.dir).toBeUndefined();
	});

	test('shows a missing translation in the other language, marked and tagged with its lang', async () => {
		const standIn = selectAll('span[lang="en"]', await page('zh')).find(
			(span) => toText(span) === 'Only in English so far.'
		);
		expect(standIn).toBeDefined();
		expect(toText(select('.pending-translation', await page('zh'))!)).toBe('尚未翻译');
		expect(select('.pending-translation', await page('en'))).toBeUndefined();
	});

	test('keeps heading text that looks like an id as text', async () => {
		const note = selectAll('h2, h3, h4', await page('en')).find((h) =>
			toText(h).startsWith('Note:')
		);
		expect(toText(note!)).toBe('Note: {#not-an-id} stays text');
		expect(note?.properties.id).toBe('note-not-an-id-stays-text');
	});
});
