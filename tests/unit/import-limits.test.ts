import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { maxSkillMdBytes } from '../../src/source/limits';
import { skillMdProblems } from '../../src/source/skill-md-limits';
import { readSkillMarkdown } from '../../src/skill-md/read';
import { shortRows, skillMd, strong } from '../support/limit-inputs';
import { refusal } from '../support/refusal';
import { readProjectFile } from '../support/skills';

/** How the importer refuses a SKILL.md with this Markdown after its title (from line 8). */
function refused(markdown: string): string[] {
	const { problems, ms } = refusal(() => readSkillMarkdown(skillMd(markdown), 'x/SKILL.md'));
	// Each of these crashed the importer or ran for minutes; refused, they take milliseconds.
	expect(ms).toBeLessThan(5_000);
	return problems;
}

describe('the importer refuses hostile Markdown at its line, before parsing it', () => {
	test('quotes and lists nested 20,000 and 3,000 deep', () => {
		expect(refused('> '.repeat(20_000) + 'a')[0]).toBe(
			'8:1 quotes and lists: are nested 20000 deep; at most 12 can be imported'
		);
		expect(refused('- '.repeat(3_000) + 'a')).toEqual([
			'8:1 quotes and lists: are nested 3000 deep; at most 12 can be imported',
		]);
		expect(
			refused('- a\n' + Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- b`).join('\n'))
		).toEqual(['21:1 quotes and lists: are nested 13 deep; at most 12 can be imported']);
	});

	test('a file of 200,000 paragraphs, 100,000 items, or a 5 MB line', () => {
		const size = /^1:1 the file: is \d+ kB; a SKILL\.md may be at most 256 kB/;
		expect(refused('a\n\n'.repeat(200_000))).toEqual([expect.stringMatching(size)]);
		expect(refused('- a\n'.repeat(100_000))).toEqual([expect.stringMatching(size)]);
		expect(refused('a'.repeat(5 * 2 ** 20))).toEqual([expect.stringMatching(size)]);
	});

	test('more blocks than a skill may have', () => {
		expect(refused('- a\n'.repeat(5_001))).toEqual([
			'5007:1 the file: has more than 5,000 blocks and list items; a skill may have at most 5,000',
		]);
	});

	test('a long paragraph, deep emphasis, a long table row', () => {
		expect(refused('x'.repeat(100) + '\n' + 'a]'.repeat(5_000))).toEqual([
			'8:1 paragraph: is 10 kB; a paragraph, heading, list item or table row may be at most 8 kB',
		]);
		expect(refused(`> ${strong(1_000)}`)).toEqual([
			'8:1 paragraph: has 4000 emphasis and link marks (`*`, `_`, `~`, `[`); at most 256 can be imported safely',
		]);
		expect(refused(shortRows(5_000, 10))).toEqual([
			'8:1 table row: is 10 kB; a paragraph, heading, list item or table row may be at most 8 kB',
		]);
	});

	test('but not the real skills, which are far inside every limit', () => {
		const folder = 'tests/fixtures/real-skills';
		const files = (readdirSync(folder, { recursive: true }) as string[]).filter((name) =>
			/SKILL(\.zh-CN)?\.md$/.test(name)
		);
		expect(files.length).toBeGreaterThan(70);
		for (const file of files) {
			const text = readProjectFile(`${folder}/${file}`);
			expect(skillMdProblems(text), file).toEqual([]);
			expect(Buffer.byteLength(text), file).toBeLessThan(maxSkillMdBytes / 5);
		}
	});
});

describe('npm run import', () => {
	const node = join(process.cwd(), 'node_modules/.bin/node');
	const importing = (markdown: string) => {
		const dir = mkdtempSync(join(tmpdir(), 'import-'));
		mkdirSync(join(dir, 'hostile'));
		writeFileSync(join(dir, 'hostile', 'SKILL.md'), skillMd(markdown));
		const run = spawnSync(
			node,
			['scripts/import.ts', join(dir, 'hostile', 'SKILL.md'), '--out', join(dir, 'out')],
			{ encoding: 'utf8' }
		);
		return { ...run, wrote: existsSync(join(dir, 'out')) };
	};

	test(
		'stops at hostile input with one located message, no stack trace, nothing written',
		{ timeout: 60_000 },
		() => {
			const { status, stdout, stderr, wrote } = importing('> '.repeat(20_000) + 'a');
			expect(status).toBe(1);
			expect(stdout).toMatch(
				/Not imported:\n {2}refused {2}\S+hostile\/SKILL\.md:8:1 quotes and lists/
			);
			expect(stderr).toMatch(/^\S+hostile\/SKILL\.md:8:1 quotes and lists: are nested 20000 deep/);
			// Each problem is at its place, each followed by its fix, and nothing else is said.
			for (const line of stderr.trim().split('\n'))
				expect(line).toMatch(/^(\S+hostile\/SKILL\.md:\d+:\d+ |\s+Fix: )/);
			expect(stderr).not.toMatch(/^\s+at /m);
			expect(wrote).toBe(false);
		}
	);

	test('does not write a source over 512 kB', { timeout: 60_000 }, () => {
		// 4,900 list items nested up to 12 deep: 70 kB of Markdown, 1,099 kB of YAML, indented.
		const nested = Array.from({ length: 4_900 }, (_, i) => `${'  '.repeat(i % 12)}- a`);
		const { status, stderr, wrote } = importing(nested.join('\n'));
		expect(status).toBe(1);
		expect(stderr).toMatch(
			/hostile\/SKILL\.md the file: would make a source of \d+ kB; a skill source may be at most 512 kB/
		);
		expect(wrote).toBe(false);
	});
});
