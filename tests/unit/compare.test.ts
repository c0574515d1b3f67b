import { describe, expect, test } from 'vitest';
import { compareRows } from '../../src/compare/rows';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Features, bundle, transform } from 'lightningcss';
import { compareViews, narrowQuery, readViewState, viewQuery } from '../../src/compare/view-state';
import { parseText } from '../../src/markdown/parse';
import { toHtml } from 'hast-util-to-html';
import { blockHast, inlineHast } from '../../src/views/text-hast';
import { loadModel } from '../support/skills';
import type { Element, Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';
import { languageKeys } from '../../src/i18n/languages';
import { blockPairs } from '../../src/model/blocks';
import { textHtml } from '../../src/views/text-html';

const none = { view: null, swap: null };

describe('readViewState', () => {
	test('defaults to side by side', () => {
		expect(readViewState('', none, false, compareViews)).toEqual({
			view: 'side-by-side',
			swap: false,
			shown: 'side-by-side',
		});
	});

	test('takes the URL over the remembered choice', () => {
		expect(
			readViewState('?view=zh&swap=0', { view: 'en', swap: '1' }, false, compareViews)
		).toEqual({
			view: 'zh',
			swap: false,
			shown: 'zh',
		});
	});

	test('falls back to the remembered choice, then the default, on unknown values', () => {
		expect(
			readViewState('?view=bogus', { view: 'interleaved', swap: '1' }, false, compareViews)
		).toEqual({
			view: 'interleaved',
			swap: true,
			shown: 'interleaved',
		});
		expect(readViewState('', { view: 'bogus', swap: 'x' }, false, compareViews).view).toBe(
			'side-by-side'
		);
	});

	test('shows side by side interleaved on a narrow screen, and only that mode', () => {
		expect(readViewState('', none, true, compareViews).shown).toBe('interleaved');
		expect(readViewState('?view=en', none, true, compareViews).shown).toBe('en');
	});

	test('works when inlined: it uses no outer names', () => {
		const inlined = new Function(`return (${readViewState.toString()})`)() as typeof readViewState;
		expect(inlined('?view=en', none, false, compareViews).view).toBe('en');
	});
});

describe('viewQuery', () => {
	test('writes only what differs from the default, keeping other parameters', () => {
		expect(viewQuery('', { view: 'side-by-side', swap: false })).toBe('');
		expect(viewQuery('?a=1&view=en', { view: 'interleaved', swap: true })).toBe(
			'?a=1&view=interleaved&swap=1'
		);
		expect(viewQuery('?view=en&swap=1', { view: 'side-by-side', swap: false })).toBe('');
	});
});

describe('compareRows', () => {
	const skill = loadModel('tests/fixtures/skills/edge-cases/skill.yaml');

	test('puts the skill in reading order, a heading before its body and subsections', () => {
		expect(
			compareRows(skill).map((row) => (row.kind === 'heading' ? row.section.id : row.kind))
		).toEqual([
			'paragraph',
			'setup--install',
			'list',
			'code',
			'table',
			'callout',
			'deeper-level',
			'deepest',
			'paragraph',
			'note-not-an-id-stays-text',
			'paragraph',
			'a-heading-written-over-two-lines',
			'paragraph',
			'a-long-list',
			'list',
		]);
	});

	test('the model lists every section depth first', () => {
		expect(skill.allSections.map((s) => s.depth)).toEqual([2, 3, 4, 2, 2, 2]);
	});
});

describe('HTML of a text', () => {
	test('is inline for a paragraph, inert and without extra spaces', () => {
		expect(toHtml(inlineHast(parseText('基于`kubectl`<b>x</b>')))).toBe(
			'基于<code>kubectl</code>&#x3C;b>x&#x3C;/b>'
		);
		expect(toHtml(inlineHast(parseText('[a](javascript:alert(1)) [b](https://b.b)')))).toBe(
			'a <a href="https://b.b">b</a>'
		);
	});

	test('is a table for a table text', () => {
		expect(toHtml(blockHast(parseText('| a |\n| - |\n| 1 |')))).toMatch(
			/^<table>[\s\S]*<td>1<\/td>[\s\S]*<\/table>$/
		);
	});
});

describe('textHtml', () => {
	const skill = loadModel('tests/fixtures/skills/edge-cases/skill.yaml');
	const texts = compareRows(skill).flatMap((row) =>
		row.kind === 'heading' ? [row.section.heading] : blockPairs(row)
	);

	test('is each text serialized as in place, its inline code marked dir="auto" as Starlight does', () => {
		for (const pair of texts) {
			for (const key of languageKeys) {
				const block = pair[key].tree.children[0]?.type === 'table';
				const tree = {
					type: 'root',
					children: block ? blockHast(pair[key].tree) : inlineHast(pair[key].tree),
				} as HastRoot;
				visit(tree, 'element', (node: Element) => {
					if (node.tagName === 'code') node.properties.dir = 'auto';
				});
				expect(textHtml(pair[key], block)).toBe(toHtml(tree));
			}
		}
		expect(texts.some((pair) => pair.en.tree.children[0]?.type === 'table')).toBe(true);
		expect(textHtml(texts[0]!.en, false)).toBe(textHtml(texts[0]!.en, false));
	});
});

test('the compare script’s narrow query is the --narrow of styles/breakpoints.css', () => {
	// Lightning CSS resolves custom media as the site's build does (astro.config.mjs), and prints
	// both queries the same way.
	const dir = mkdtempSync(join(tmpdir(), 'breakpoints-'));
	const css = (query: string) => `@media ${query} { a { color: red } }`;
	const file = join(dir, 'uses.css');
	writeFileSync(
		file,
		`@import '${process.cwd()}/src/styles/breakpoints.css';\n${css('(--narrow)')}`
	);
	const resolved = bundle({
		filename: file,
		drafts: { customMedia: true },
		include: Features.CustomMediaQueries,
	}).code.toString();
	const literal = transform({ filename: 'x.css', code: Buffer.from(css(narrowQuery)) });
	expect(resolved).toContain(literal.code.toString().trim());
	expect(resolved).not.toContain('(--narrow)');
});
