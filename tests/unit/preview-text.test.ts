import { describe, expect, test } from 'vitest';
import {
	clip,
	ellipsis,
	fitTogether,
	headed,
	previewLimits,
	previewText,
	shares,
} from '../../src/previews/preview-text';
import { firstGraphemes, graphemeLength } from '../../src/previews/graphemes';
import { graphemeCount } from '../support/previews';

describe('clip', () => {
	test('leaves a text that fits as it is', () => {
		expect(clip('Capabilities', 12)).toBe('Capabilities');
	});

	test('cuts at most `max` characters, the last an ellipsis, before a word rather than in it', () => {
		const cut = clip('Blue-green deployments and rolling updates for ML services', 30);
		expect(cut).toBe('Blue-green deployments and…');
		expect(graphemeCount(cut)).toBeLessThanOrEqual(30);
	});

	test('cuts Chinese, which has no spaces, at a character', () => {
		expect(clip('基于Kubeflow Pipelines实现Kubernetes原生ML工作流', 10)).toBe('基于Kubeflo…');
	});

	test('never splits a character a reader counts as one', () => {
		const family = '👨‍👩‍👧‍👦';
		const accented = 'e\u0301';
		expect(clip(family.repeat(10), 5)).toBe(`${family.repeat(4)}${ellipsis}`);
		expect(clip(accented.repeat(10), 3)).toBe(`${accented.repeat(2)}${ellipsis}`);
		expect(clip('👍🏽'.repeat(8), 4)).toBe(`${'👍🏽'.repeat(3)}${ellipsis}`);
	});

	test('does not end on a comma or a colon before the ellipsis', () => {
		expect(clip('Goals, constraints, inputs', 21)).toBe('Goals, constraints…');
		expect(clip('目标、约束、输入', 4)).toBe('目标…');
	});
});

test('previewText puts a text on one line, without controls or bidirectional overrides', () => {
	expect(previewText(' Deploy\n\tmodels \u202egpj.exe\u202c now\u0007 ')).toBe(
		'Deploy models gpj.exe now'
	);
	expect(previewText('\u2066isolated\u2069')).toBe('isolated');
});

describe('fitting the languages together', () => {
	test('shares the room, and gives what a short text leaves to the long one', () => {
		expect(shares([10, 300], 200)).toEqual([10, 190]);
		expect(shares([300, 300], 200)).toEqual([100, 100]);
		expect(shares([300, 5, 300], 65)).toEqual([30, 5, 30]);
	});

	test('keeps every language within the limit, each cut to its share', () => {
		const en =
			'Opinionated backend development standards for Node.js, Express and TypeScript. '.repeat(4);
		const zh = '面向 Node.js、Express 和 TypeScript 的后端开发规范。'.repeat(8);
		const both = fitTogether([en, zh], previewLimits.description, ' ', clip);
		expect(graphemeCount(both)).toBeLessThanOrEqual(previewLimits.description);
		expect(both).toMatch(/^Opinionated backend .*… 面向 Node\.js.*…$/);
	});

	test('says a text that is the same in both languages once', () => {
		expect(fitTogether(['Daily News Report', 'Daily News Report'], 70, ' · ', clip)).toBe(
			'Daily News Report'
		);
	});
});

describe('headed', () => {
	test('is “Section — Skill” when both fit', () => {
		expect(headed('Capabilities', 'MLOps Engineer', 70)).toBe('Capabilities — MLOps Engineer');
	});

	test('cuts the skill’s title first, to a quarter of the room, then the heading', () => {
		expect(headed('Model Deployment & Serving', 'Comprehensive Review PR Enhance', 33)).toBe(
			'Model Deployment &… — Compreh…'
		);
		const short = headed('Model Registry & Versioning', 'Comprehensive Review PR Enhance', 40);
		expect(short).toBe('Model Registry & Versioning — Comprehen…');
		expect(graphemeCount(short)).toBe(40);
	});
});

test('graphemeLength and firstGraphemes agree with Intl.Segmenter, plain texts or not', () => {
	const texts = [
		'Capabilities',
		'能力范围 — MLOps工程师',
		'e\u0301te\u0301',
		'👨‍👩‍👧‍👦 family',
		'1️⃣ primary designer',
		'🇨🇳🇺🇸',
		'한국어 한글',
		'\u1100\u1161\u11a8',
		'a\r\nb',
		'\u0915\u094d\u0937',
	];
	for (const text of texts) {
		expect(graphemeLength(text), text).toBe(graphemeCount(text));
		const first = firstGraphemes(text, 2);
		expect(graphemeCount(first), text).toBe(Math.min(2, graphemeCount(text)));
		expect(text.startsWith(first)).toBe(true);
	}
});

test('graphemeLength counts as far as it is asked, and firstGraphemes cuts before a joining mark', () => {
	const late = `${'a'.repeat(300)}👍🏽 e\u0301`;
	for (const cap of [0, 1, 10, 299, 300, 301, 302, 303, 400]) {
		expect(graphemeLength(late, cap), String(cap)).toBe(Math.min(graphemeCount(late), cap + 1));
	}
	expect(firstGraphemes('ae\u0301', 2)).toBe('ae\u0301');
	expect(firstGraphemes('abce\u0301', 3)).toBe('abc');
	expect(firstGraphemes('ab👍🏽', 3)).toBe('ab👍🏽');
	expect(firstGraphemes(late, 301)).toBe(`${'a'.repeat(300)}👍🏽`);
});
