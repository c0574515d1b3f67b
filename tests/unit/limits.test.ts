import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseSkill } from '../../src/source/parse-skill';
import {
	inQuotes,
	list,
	oneBlock,
	paragraph,
	shortRows,
	source,
	strong,
	table,
	worstAccepted,
} from '../support/limit-inputs';
import { refusal } from '../support/refusal';

// Each input here once crashed the build or the importer, took minutes, or went past 2 GB (see
// src/source/limits.ts); each must now be refused at its place, in about the time a valid
// source of its size takes to read. The bound is loose, for a loaded machine.
const quickly = 5_000;

/** How the site refuses a source: its problems, each as `line:column where: message`. */
function refused(yaml: string): string[] {
	const { problems, ms } = refusal(() =>
		parseSkill(yaml, { file: 'limits/skill.yaml', folder: 'limits' })
	);
	expect(ms).toBeLessThan(quickly);
	return problems;
}

describe('a source past a limit is refused at its place, before the text is parsed', () => {
	test('60,000 character references (the 7.4 GB paragraph) and a table of them', () => {
		expect(refused(paragraph('&lt;'.repeat(60_000)))).toEqual([
			'5:22 block 1, paragraph, en: is 234 kB; a heading, paragraph or list item may be at most 8 kB',
		]);
		expect(refused(table(`| a |\n| - |\n| ${'&lt;'.repeat(9_000)} |`))).toEqual([
			'5:18 block 1, table, en: is 35 kB; a table may be at most 32 kB',
			'5:36044 block 1, table, zh: is 35 kB; a table may be at most 32 kB',
		]);
	});

	test('emphasis nested 2,000 deep, and a table row with as many marks', () => {
		expect(refused(paragraph(strong(2_000)))).toEqual([
			'5:22 block 1, paragraph, en: has 8000 emphasis and link marks (`*`, `_`, `~`, `[`); a text may have at most 256',
		]);
		expect(refused(table(`| a |\n| - |\n| ${strong(100)} |`))[0]).toBe(
			'5:18 block 1, table, en: has 400 emphasis and link marks (`*`, `_`, `~`, `[`) in a row; a row of a table may have at most 256'
		);
	});

	test('quotes and lists nested in a text', () => {
		expect(refused(paragraph(`a\n${'> '.repeat(3_000)}b`))).toEqual([
			'5:22 block 1, paragraph, en: opens 3000 quotes and lists inside each other on its line 2; at most 12 can be read safely',
		]);
	});

	test('code, HTML, a meta and a description too large', () => {
		const large = 'x\n'.repeat(40_000);
		expect(refused(oneBlock(`code: ${JSON.stringify(large)}`))).toEqual([
			'5:11 block 1, code: is 78 kB; a code block may be at most 64 kB',
		]);
		expect(refused(oneBlock(`html: { en: "<a>", zh: ${JSON.stringify(large)} }`))).toEqual([
			'5:28 block 1, html, zh: is 78 kB; an HTML block may be at most 16 kB',
		]);
		expect(refused(oneBlock(`code: x\n    meta: ${'y'.repeat(2_000)}`))).toEqual([
			"6:11 block 1, meta: is 2 kB; a code block's `meta` may be at most 1 kB",
		]);
		expect(
			refused(source(`body: [{ rule: true }]\n`).replace('At the limits.', 'a'.repeat(9_000)))
		).toEqual([
			'3:20 description, en: is 9 kB; a title, description or category may be at most 8 kB',
		]);
	});

	test('short rows under a wide header, drawn with every column', () => {
		expect(refused(table(shortRows(2_285, 2_285)))).toEqual([
			'5:18 block 1, table, en: brings the skill’s tables past 50,000 cells (rows × columns, both languages; 10,451,590 in all), the most a skill may have',
		]);
	});

	test('too many pairs or blocks', () => {
		expect(refused(list(5_001, 'a'))).toEqual([
			'5006:9 block 1, list item 5001: is pair 5,001 of the skill’s 5,001 (headings, paragraphs, list items, tables); a skill may have at most 5,000',
		]);
		expect(refused(source(`body:\n${'  - rule: true\n'.repeat(6_000)}`))).toEqual([
			'5005:5 block 5001: is block 5,001 of the skill’s 6,000; a skill may have at most 5,000',
		]);
	});

	test('YAML nested past 64 levels, or 20,000', () => {
		const deep = (depth: number) =>
			refused(inQuotes(depth, '{ paragraph: { en: a, zh: 甲 } }')).map((problem) =>
				problem.replace(/^\d+:\d+/, 'at')
			);
		expect(deep(40)).toEqual(['at YAML: nests lists and mappings more than 64 deep']);
		expect(deep(20_000)).toEqual(['at YAML: nests lists and mappings more than 64 deep']);
	});

	test('a source over 512 kB, as the importer checks what it wrote', () => {
		expect(refused(`name: limits\n# ${'x'.repeat(600_000)}\n`)).toEqual([
			'1:1 the file: is 586 kB; a skill source may be at most 512 kB',
		]);
	});

	test('43,000 keys are read in linear time, and a repeated key is still found', () => {
		const keys = Array.from({ length: 43_000 }, (_, i) => `  k${i}: v\n`).join('');
		expect(refused(source(`frontmatter:\n${keys}  k7: again\nbody: [{ rule: true }]\n`))).toEqual([
			'43005:3 YAML: repeats a key of the same mapping',
		]);
	});

	test('code that would overflow the parser is compared as written when both languages are the same', () => {
		const code = JSON.stringify(strong(8_000));
		const skill = parseSkill(oneBlock(`code: { en: ${code}, zh: ${code} }`), {
			file: 'limits/skill.yaml',
			folder: 'limits',
		});
		expect(skill.body[0]!.kind).toBe('code');
	});
});

describe('the worst sources the limits accept', () => {
	// The build draws each skill's views one page at a time; its own peak with one skill is
	// 640 MB (README, benchmark), so a skill's views may take at most the rest of 2 GB.
	test('are drawn in every view within the build’s memory', { timeout: 120_000 }, () => {
		const node = join(process.cwd(), 'node_modules/.bin/node');
		const run = spawnSync(node, ['--max-old-space-size=2048', 'tests/support/worst-case.ts'], {
			encoding: 'utf8',
		});
		expect(run.stderr).toBe('');
		const drawn = run.stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		expect(drawn.map(({ name }) => name)).toEqual(Object.keys(worstAccepted));
		for (const { rssMB } of drawn) expect(rssMB).toBeLessThan(2_048 - 640);
	});
});
