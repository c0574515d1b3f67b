import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSkill, findSkills } from '../../src/import/find-skills';
import { importAll } from '../../src/import/import-all';
import { notImported, reportTable } from '../../src/import/report';
import { reportDetails } from '../../src/import/report-details';
import { skillFile, tempFiles } from '../support/import-folder';
import { imported } from '../support/round-trip';

const real = 'tests/fixtures/real-skills/unit-testing-test-generate';

describe('the report says how sure the import is', () => {
	const [row] = importAll(findSkill(`${real}/SKILL.md`), tempFiles({}));

	it('lists each pair left apart as unsure with both texts’ places and first words', () => {
		// The heading “Instructions” and “指引” may be each other's; the evidence could not tell.
		expect(row!.tally.unsure.length).toBeGreaterThan(0);
		const details = reportDetails(row!);
		expect(details).toContain(
			'Unsure, not paired (the English is kept, marked untranslated; the Chinese is not published):\n' +
				'  heading\n' +
				`    English  ${real}/SKILL.md:30  Instructions\n` +
				`    Chinese  ${real}/SKILL.zh-CN.md:33  指引`
		);
	});

	it('counts per skill and in total: paired, unsure, in one language only, and what was done', () => {
		const dir = tempFiles({
			'en/a/SKILL.md': skillFile('a', '# A\n\nRun `npm test`.'),
			'en/b/SKILL.md': skillFile('b', '# B\n\nRun `npm start`.'),
		});
		const rows = [row!, ...importAll(findSkills(join(dir, 'en')), join(dir, 'out'))];
		const table = reportTable(rows).split('\n');
		expect(table[0]).toBe('| skill | done | paired | unsure | English only | Chinese only |');
		const { tally } = row!;
		expect(table[2]).toBe(
			`| unit-testing-test-generate | written | ${tally.paired} | ${tally.unsure.length} | ${tally.originalOnly.length} | ${tally.translationOnly.length} |`
		);
		// Without a translation, each skill's three texts (title, description, paragraph) are English only.
		expect(table.at(-1)).toBe(
			`| **3 skills** | 3 written | ${tally.paired} | ${tally.unsure.length} | ${tally.originalOnly.length + 6} | ${tally.translationOnly.length} |`
		);
	});

	it('and lists what was not imported, and why', () => {
		const rows = [
			{ ...row!, file: 'out/x/skill.yaml', done: 'refused' },
			{ ...row!, file: 'out/y/skill.yaml', done: 'would replace' },
		];
		const skipped = [
			{
				file: 'zh/docx/SKILL.md',
				reason: 'translation of another skill' as const,
				message: 'zh/docx/SKILL.md:2:1 name: is `pdf` …',
			},
		];
		expect(notImported(rows, skipped).split('\n')).toEqual([
			'Not imported:',
			"  refused  out/x/skill.yaml: not written; the site's problems with it are below",
			'  would replace  out/y/skill.yaml: left as it is (see what would change above); run again with --update to replace it',
			'  translation of another skill  zh/docx/SKILL.md:2:1 name: is `pdf` …',
		]);
	});
});

describe('what the source holds once for both languages', () => {
	const english = [
		'---',
		'name: steps',
		'description: How to move a database.',
		'---',
		'',
		'# Steps',
		'',
		'> [!WARNING]',
		'> Back up first.',
		'',
		'3. Stop the server.',
		'4. Copy the data.',
		'',
		'- [ ] Check the copy.',
		'',
		'```sh',
		'pg_dump db > db.sql',
		'```',
	].join('\n');
	const chinese = english
		.replace('# Steps', '# 步骤')
		.replace('How to move a database.', '如何迁移数据库。')
		.replace('[!WARNING]', '[!TIP]')
		.replace('Back up first.', '先备份。')
		.replace('3. Stop the server.\n4. Copy the data.', '1. 停止服务器。\n2. 复制数据。')
		.replace('- [ ] Check the copy.', '- [x] 检查副本。')
		.replace('```sh', '```bash');
	const result = imported(english, chinese);

	it('keeps the original’s callout type, numbering, task marks and code language, and says so', () => {
		const [callout, list, task, code] = result.skill.body;
		expect(callout).toMatchObject({ kind: 'callout', type: 'warning' });
		expect(list).toMatchObject({ kind: 'list', start: 3 });
		expect(task).toMatchObject({ kind: 'list', list: [{ checked: false }] });
		expect(code).toMatchObject({ kind: 'code', lang: 'sh' });
		expect(
			result.tally.differs.map(({ at, what, excerpt }) => `${at} ${what}: ${excerpt}`)
		).toEqual([
			'skill/SKILL.zh-CN.md:8 callout: type: Chinese tip, English warning (kept)',
			'skill/SKILL.zh-CN.md:11 list: numbering: Chinese numbered from 1, English numbered from 3 (kept)',
			'skill/SKILL.zh-CN.md:14 list item: task: Chinese done, English to do (kept)',
			'skill/SKILL.zh-CN.md:16 code block: language: Chinese bash, English sh (kept)',
		]);
		const details = reportDetails({
			name: 'skill',
			tally: result.tally,
			kept: 0,
			translated: true,
		});
		expect(details).toContain(
			"Said otherwise by the Chinese, which the source holds once (the English's is kept):\n" +
				'  skill/SKILL.zh-CN.md:8  callout: type: Chinese tip, English warning (kept)'
		);
	});

	it('says nothing when the translation agrees', () => {
		expect(imported(english, english.replace('Back up first.', '先备份。')).tally.differs).toEqual(
			[]
		);
	});
});
