import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { t } from '../../src/i18n/ui';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { showPair } from '../../src/model/shown';
import { skillModel } from '../../src/model/skill-model';
import { fingerprint } from '../../src/schema/fingerprint';
import { inlinePair } from '../../src/schema/pair';
import { parseSkill } from '../../src/source/parse-skill';
import { acceptTranslations } from '../../src/translations/accept';
import { census } from '../../src/translations/census';
import { formerOriginals } from '../../src/translations/history';
import { textReport } from '../../src/translations/text-report';
import { plainDiff, wordDiff } from '../../src/translations/word-diff';
import { pageHtml } from '../../src/views/page-html';
import { changedSentence, withChangedSentence } from '../support/outdated';
import { readProjectFile } from '../support/skills';

const file = 'content/skills/mlops-engineer/skill.yaml';
const read = (text: string) =>
	skillModel(parseSkill(text, { file, folder: changedSentence.skill }));
const source = readProjectFile(file);
const changed = withChangedSentence(source);

describe('a translation’s fingerprint', () => {
	test('is 8 hex digits of the original, whatever its line wrapping', () => {
		expect(fingerprint('Use spot  instances\n for training')).toMatch(/^[0-9a-f]{8}$/);
		expect(fingerprint('Use spot  instances\n for training')).toBe(
			fingerprint('Use spot instances for training')
		);
		expect(fingerprint('Use spot instances')).not.toBe(fingerprint('Use spot instance'));
	});

	test('decides whether a translation is current, outdated or an unreviewed machine one', () => {
		const en = 'Use spot instances';
		const current = fingerprint(en);
		expect(showPair({ en, zh: '使用竞价实例' }).zh.status).toBe('translated');
		expect(showPair({ en, zh: '使用竞价实例', zhOf: current }).zh.status).toBe('translated');
		const outdated = showPair({ en, zh: '使用实例', zhOf: fingerprint('Use instances') }).zh;
		expect(outdated).toMatchObject({
			status: 'outdated',
			madeFrom: fingerprint('Use instances'),
			original: { markdown: en, lang: 'en' },
		});
		expect(showPair({ en, zh: '使用竞价实例', zhOf: current, machine: true }).zh.status).toBe(
			'machine'
		);
		// Outdated wins: a machine translation of an old original must be made again anyway.
		expect(showPair({ en, zh: '使用实例', zhOf: '00000000', machine: true }).zh.status).toBe(
			'outdated'
		);
		expect(showPair({ en, zh: '使用实例', zhOf: '00000000' }).en.status).toBe('translated');
	});

	test('is refused where there is no translation, or when it is not a fingerprint', () => {
		const pair = inlinePair;
		const issues = (value: unknown) =>
			pair.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
		expect(issues({ en: 'Pending', untranslated: 'zh', zhOf: '1a2b3c4d' })).toEqual([
			['zhOf', 'records a translation, but the pair has no Chinese text'],
		]);
		expect(issues({ en: 'Pending', untranslated: 'zh', machine: true })?.[0]?.[0]).toBe('machine');
		expect(issues({ en: 'x', zh: '某', zhOf: 'not-hex!' })?.[0]).toEqual([
			'zhOf',
			'is not a fingerprint (8 hex digits)',
		]);
	});
});

describe('one English sentence of mlops-engineer changes', () => {
	const before = read(source);
	const after = read(changed);

	test('every pair of the source as committed is current', () => {
		// Its texts and its title and description.
		expect(census(before).counts).toEqual({
			translated: before.pairs.length + 2,
			machine: 0,
			review: 0,
			outdated: 0,
			untranslated: 0,
		});
	});

	test('exactly that pair is outdated, with its place and anchor', () => {
		const { counts, open } = census(after);
		expect(counts.outdated).toBe(1);
		expect(counts.translated).toBe(after.pairs.length + 2 - 1);
		expect(open).toHaveLength(1);
		const [only] = open;
		expect(only!.place.anchor).toBe(changedSentence.anchor);
		expect(only!.place.section!.id).toBe(changedSentence.sectionId);
		expect(only!.shown.original.markdown).toBe(changedSentence.after);
		expect(only!.shown.madeFrom).toBe(fingerprint(changedSentence.before));
	});

	test('the Chinese page marks exactly that text, and its section; the English page not at all', async () => {
		const page = (model: typeof after, key: 'en' | 'zh') => pageHtml(model, key, (title) => title);
		const zh = await page(after, 'zh');
		const outdated = t('zh')('freshness.outdated');
		expect(zh.split(outdated)).toHaveLength(2);
		expect(zh.match(/class="freshness-note"/g)).toHaveLength(1);
		expect(zh).toContain(
			`popovertarget="${changedSentence.anchor}.en" data-pagefind-ignore>${outdated}</button><span popover id="${changedSentence.anchor}.en"`
		);
		expect(zh).toContain(`<span lang="en">${changedSentence.after}</span>`);
		// The changed text's passage has the anchor of its new English; nothing else changes.
		const formerAnchor = before.pairs.find((p) => p.pair.en.markdown === changedSentence.before)!;
		expect(await page(after, 'en')).toBe(
			(await page(before, 'en'))
				.replace(changedSentence.before, changedSentence.after)
				.replace(`id="${formerAnchor.anchor}"`, `id="${changedSentence.anchor}"`)
		);
		expect(await page(before, 'zh')).not.toContain('freshness');
	});

	test('the report lists it with its section, and the word diff when the history knows the old text', () => {
		const counted = census(after);
		const unknown = textReport({ census: counted, former: new Map() }).join('\n');
		expect(unknown).toContain(
			`0 to review, 1 outdated, 0 untranslated\n  outdated  Capabilities › ML Pipeline Orchestration & Workflow Management  #${changedSentence.anchor}`
		);
		expect(unknown).toContain("en was: (not in the source's history)");
		const former = new Map([[fingerprint(changedSentence.before), changedSentence.before]]);
		expect(textReport({ census: counted, former }).join('\n')).toContain(
			'en change: Apache Airflow for complex{+,+} DAG-based ML pipeline orchestration{+ and scheduling+}'
		);
	});

	test('--accept clears it, by changing that one fingerprint and nothing else', () => {
		const { text, accepted } = acceptTranslations(changed, after);
		expect(accepted).toBe(after.pairs.length + 2);
		expect(census(read(text)).counts.outdated).toBe(0);
		const lines = (value: string) => value.split('\n');
		const differ = lines(text).filter((line, i) => line !== lines(changed)[i]);
		expect(differ).toEqual([expect.stringMatching(/^ {16}zhOf: /)]);
		expect(differ[0]!.trim()).toBe(`zhOf: ${fingerprint(changedSentence.after)}`);
	});

	test('--accept of another section leaves it outdated; of its section, clears it', () => {
		const other = acceptTranslations(changed, after, { sectionId: 'purpose' });
		expect(other.text).toBe(changed);
		const own = acceptTranslations(changed, after, { sectionId: 'capabilities' });
		expect(census(read(own.text)).counts.outdated).toBe(0);
		expect(() => acceptTranslations(changed, after, { sectionId: 'nowhere' })).toThrow(
			/has no section `nowhere`/
		);
	});
});

describe('--accept keeps the source as it was written', () => {
	const written = `# A skill, written by hand
name: mlops-engineer
title: { en: Title, zh: 标题 }
description:
  en: A description.
  zh: 描述。
sections:
  - heading:
      en: First # the English heading
      zh: 第一 # 中文标题
    body:
      # a comment before the list
      - list:
          - machine: true
            en: 'One: quoted'
            zh: 一
          - en: Two
            zh: 二
            machine: true # unreviewed
            zhOf: '00000000'

          - { en: Three, zh: 三, machine: true }
      - table:
          en: |
            | a |
            | - |
          zh: |
            | 甲 |
            | - |
`;

	test('adds and rewrites fingerprints, removes `machine`, and touches no other line', () => {
		const model = read(written);
		// Two texts, and the title and the description.
		expect(census(model).counts).toMatchObject({ translated: 4, machine: 2, outdated: 1 });
		const { text } = acceptTranslations(written, model);
		const print = (en: string) => stringify(fingerprint(en)).trim();
		expect(text).toBe(
			written
				.replace(
					'title: { en: Title, zh: 标题 }',
					`title: { en: Title, zh: 标题, zhOf: ${print('Title')} }`
				)
				.replace('  zh: 描述。\n', `  zh: 描述。\n  zhOf: ${print('A description.')}\n`)
				.replace(
					'      zh: 第一 # 中文标题\n',
					`      zh: 第一 # 中文标题\n      zhOf: ${print('First')}\n`
				)
				.replace('          - machine: true\n            en:', '          - en:')
				.replace(
					'            zh: 一\n',
					`            zh: 一\n            zhOf: ${print('One: quoted')}\n`
				)
				.replace('            machine: true # unreviewed\n', '')
				.replace("zhOf: '00000000'", `zhOf: ${print('Two')}`)
				.replace(
					'{ en: Three, zh: 三, machine: true }',
					`{ en: Three, zh: 三, zhOf: ${print('Three')} }`
				)
				.replace(
					'            | 甲 |\n            | - |\n',
					`            | 甲 |\n            | - |\n          zhOf: ${print('| a |\n| - |')}\n`
				)
		);
		expect(census(read(text)).counts).toMatchObject({ translated: 7, machine: 0, outdated: 0 });
		expect(acceptTranslations(text, read(text)).text).toBe(text);
		// A file with Windows line ends gets its new lines with them too, its comments kept.
		const crlf = (lf: string) => lf.replace(/\n/g, '\r\n');
		expect(acceptTranslations(crlf(written), read(crlf(written))).text).toBe(crlf(text));
		const commented = crlf(
			"name: mlops-engineer\ntitle: { en: T, zh: 标 }\ndescription: { en: D, zh: 描 }\nsections:\n  - heading:\n      en: First\n      zh: 第一\n      zhOf: '00000000' # made from the old heading\n"
		);
		expect(acceptTranslations(commented, read(commented)).text).toBe(
			commented
				.replace('zh: 标 }', `zh: 标, zhOf: ${print('T')} }`)
				.replace('zh: 描 }', `zh: 描, zhOf: ${print('D')} }`)
				.replace("'00000000'", print('First'))
		);
	});
});

describe('the old English from git history', () => {
	const git = (cwd: string, ...args: string[]) =>
		execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd });

	test('is found by its fingerprint in the file’s commits, the working copy changed since', async () => {
		const repo = mkdtempSync(join(tmpdir(), 'history-'));
		mkdirSync(join(repo, 'skills/mlops-engineer'), { recursive: true });
		const path = 'skills/mlops-engineer/skill.yaml';
		writeFileSync(join(repo, path), source);
		git(repo, 'init', '-q');
		git(repo, 'add', '.');
		git(repo, 'commit', '-qm', 'v1');
		writeFileSync(join(repo, path), changed);
		const wanted = new Set([fingerprint(changedSentence.before)]);
		expect(await formerOriginals(path, repo, wanted)).toEqual(
			new Map([[fingerprint(changedSentence.before), changedSentence.before]])
		);
	});

	test('is simply not known without a repository', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tarball-'));
		writeFileSync(join(dir, 'skill.yaml'), changed);
		expect(await formerOriginals('skill.yaml', dir, new Set(['1a2b3c4d']))).toEqual(new Map());
	});
});

describe('npm run translations', () => {
	const script = join(process.cwd(), 'scripts/translations.ts');
	const node = join(process.cwd(), 'node_modules/.bin/node');
	const run = (cwd: string, ...args: string[]) =>
		spawnSync(node, [script, ...args], {
			cwd,
			encoding: 'utf8',
			env: { ...process.env, SKILLS_DIR: 'skills' },
		});

	test(
		'--check fails on the changed sentence with its diff; --accept clears it',
		{ timeout: 60_000 },
		() => {
			const repo = mkdtempSync(join(tmpdir(), 'cli-'));
			const path = join(repo, 'skills/mlops-engineer/skill.yaml');
			mkdirSync(join(repo, 'skills/mlops-engineer'), { recursive: true });
			writeFileSync(path, source);
			execFileSync('git', ['init', '-q'], { cwd: repo });
			execFileSync('git', ['add', '.'], { cwd: repo });
			execFileSync(
				'git',
				['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'v1'],
				{ cwd: repo }
			);
			writeFileSync(path, changed);

			const check = run(repo, '--check');
			expect(check.status).toBe(1);
			expect(check.stdout).toContain(
				`${changedSentence.skill}: ${read(changed).pairs.length + 2} pairs: 183 translated, 0 machine-translated, 0 to review, 1 outdated, 0 untranslated`
			);
			expect(check.stdout).toContain('en change: Apache Airflow for complex{+,+} DAG-based');
			expect(check.stderr).toContain('mlops-engineer: 1 outdated, 0 to review, 0 untranslated');
			// At its place in the source, for a translator to go to.
			expect(check.stdout).toMatch(
				new RegExp(
					`skills/mlops-engineer/skill\\.yaml:\\d+:\\d+  outdated  .*#${changedSentence.anchor.replace(/\./g, '\\.')}`
				)
			);

			const accept = run(repo, '--accept', changedSentence.skill, changedSentence.sectionId);
			expect(accept.status).toBe(0);
			// The section's heading and its list's eight items.
			expect(accept.stdout).toContain('Accepted 9 translations');
			expect(run(repo, '--check').status).toBe(0);
			expect(readFileSync(path, 'utf8')).toBe(
				changed.replace(fingerprint(changedSentence.before), fingerprint(changedSentence.after))
			);
		}
	);

	test(
		'--check lists each flagged pair at its place, with what was found; --accept records the review',
		{ timeout: 60_000 },
		() => {
			const dir = mkdtempSync(join(tmpdir(), 'cli-'));
			cpSync(
				join(process.cwd(), 'tests/fixtures/skills/flagged-pairs'),
				join(dir, 'skills/flagged-pairs'),
				{ recursive: true }
			);
			const check = run(dir, '--check');
			expect(check.status).toBe(1);
			expect(check.stdout).toMatch(
				/skills\/flagged-pairs\/skill\.yaml:21:15 {2}to review \(number\) {2}Deploying {2}#deploying\.[0-9a-f]{6}\n {4}Numbers differ: the translation has 45; the English has 30\./
			);
			expect(check.stdout).toContain('to review (code)  Deploying  #deploying\n');
			expect(check.stderr).toContain('flagged-pairs: 0 outdated, 6 to review, 0 untranslated');
			const accept = run(dir, '--accept', 'flagged-pairs');
			expect(accept.status).toBe(0);
			expect(run(dir, '--check').status).toBe(0);
			expect(readFileSync(join(dir, 'skills/flagged-pairs/skill.yaml'), 'utf8')).toMatch(
				/zh: 检查发布情况之前，请等待 45 秒。\n {10}zhOf: \w{8}\n {10}zhReviewed: \w{8}\n/
			);
		}
	);

	test('--accept names the skills when it is given an unknown one', { timeout: 30_000 }, () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-'));
		cpSync(join(process.cwd(), 'content/skills'), join(dir, 'skills'), { recursive: true });
		const result = run(dir, '--accept', 'no-such-skill');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('There is no skill `no-such-skill`. Skills: mlops-engineer.');
	});
});

test('a word diff keeps every word, in order', () => {
	const parts = wordDiff('Use spot instances', 'Use preemptible instances');
	expect(plainDiff(parts)).toBe('Use [-spot-]{+preemptible+} instances');
});
