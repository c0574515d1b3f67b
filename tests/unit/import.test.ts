import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { alignSequences } from '../../src/import/align/sequence';
import { codeSimilarity } from '../../src/import/align/block-similarity';
import { textSimilarity } from '../../src/import/align/similarity';
import { blocksOf } from '../../src/import/blocks';
import { langDocument } from '../../src/import/document';
import { importSkill } from '../../src/import/import-skill';
import { reportTable } from '../../src/import/report';
import { sectionIds } from '../../src/import/section-ids';
import { validSkillName } from '../../src/import/skill-name';
import { sourceYaml } from '../../src/import/source-yaml';
import { parseMarkdown } from '../../src/skill-md/parse';
import { readSkillMarkdown } from '../../src/skill-md/read';

const md = (text: string, file = 'x/SKILL.md') => readSkillMarkdown(text, file);

describe('reading a SKILL.md', () => {
	it('keeps front-matter fields in order and file lines for the body', () => {
		const skill = md('---\nname: x\nlicense: MIT\nmetadata:\n  version: "1.1"\n---\n\n# X\n');
		expect(Object.keys(skill.frontmatter)).toEqual(['name', 'license', 'metadata']);
		expect(skill.frontmatter['metadata']).toEqual({ version: '1.1' });
		expect(skill.fieldLines['license']).toBe(3);
		expect(skill.tree.children[0]!.position!.start.line).toBe(8);
	});

	it('cuts the body into title, body and sections by heading level', () => {
		const doc = langDocument(md('# T\n\nIntro\n\n## A\n\n#### Deep\n\n# Top\n\n## B\n'));
		expect(doc.title?.text).toBe('T');
		expect(doc.body.map((block) => block.kind)).toEqual(['paragraph']);
		expect(doc.sections.map((section) => [section.heading, section.level])).toEqual([
			['A', 2],
			['Top', 1],
			['B', 2],
		]);
		expect(doc.sections[0]!.sections[0]!.level).toBe(4);
	});

	it('has no title when the file does not open with one, and resolves reference links', () => {
		const doc = langDocument(md('Intro [docs][d]\n\n# Later\n\n[d]: https://a.example\n'));
		expect(doc.title).toBeUndefined();
		expect(doc.body).toEqual([
			{ kind: 'paragraph', line: 1, text: 'Intro [docs](https://a.example)' },
		]);
	});

	it('reads every construct of the format, at any depth', () => {
		const blocks = blocksOf(
			parseMarkdown(
				'4. [x] Done\n\n   more\n\n   ```sh\n   ls\n   ```\n\n   - nested\n\n> quote\n>\n> - in quote\n\n---\n\n<Good>\nok\n</Good>\n\n-\n'
			).children
		);
		expect(blocks.map((block) => block.kind)).toEqual(['list', 'quote', 'rule', 'html', 'list']);
		const [list, quote, , html, empty] = blocks as any[];
		// Blank lines inside the item, none between items: the item is spread, the list is not.
		expect(list).toMatchObject({ ordered: true, start: 4, spread: false });
		expect(list.items[0]).toMatchObject({ text: 'Done', checked: true, spread: true });
		expect(list.items[0].body.map((block: { kind: string }) => block.kind)).toEqual([
			'paragraph',
			'code',
			'list',
		]);
		expect(quote.blocks.map((block: { kind: string }) => block.kind)).toEqual([
			'paragraph',
			'list',
		]);
		expect(html.text).toBe('<Good>\nok\n</Good>');
		expect(empty.items[0].text).toBe('');
	});
});

describe('aligning', () => {
	it('pairs in order and leaves out what has no counterpart', () => {
		expect(alignSequences([1, 2, 3], [2, 3, 4], (x, y) => (x === y ? 1 : -1))).toEqual([
			{ a: 0 },
			{ a: 1, b: 0 },
			{ a: 2, b: 1 },
			{ b: 2 },
		]);
	});

	it('scores texts by the tokens a translation keeps, and code by its common lines', () => {
		const same = textSimilarity('Run `npm test` before you push', '推送前运行 `npm test`');
		const other = textSimilarity('Run `npm test` before you push', '使用 `kubectl apply` 部署');
		expect(same).toBeGreaterThan(other + 0.3);
		expect(codeSimilarity('# run\nnpm test', '# 运行\nnpm test')).toBe(0.5);
	});
});

describe('names and ids', () => {
	it('makes invalid skill names valid', () => {
		expect(validSkillName('Active Directory Attacks')).toBe('active-directory-attacks');
		expect(validSkillName('Café -- Menu')).toBe('cafe-menu');
		expect(validSkillName('a'.repeat(70)).length).toBe(64);
		expect(validSkillName('数据')).toBe('skill');
	});

	it('gives repeated headings explicit ids', () => {
		const id = sectionIds();
		expect(['Example', 'Example', 'Example 1', '✅'].map(id)).toEqual([
			undefined,
			'example-1',
			'example-1-1',
			'section',
		]);
	});
});

const english = `---
name: Demo Skill
description: A demo.
license: MIT
---

# Demo

Intro with \`npm test\`.

## Usage

- Install with \`npm i demo\`
- Run \`demo --fast\`

\`\`\`sh
# install
npm i demo
\`\`\`

## Only in English

Text.
`;

const chinese = `---
name: Demo Skill
description: 演示。
---

# 演示

简介，使用 \`npm test\`。

## 用法

- 用 \`npm i demo\` 安装
- 运行 \`demo --fast\`
- 额外条目 \`extra\`

\`\`\`sh
# 安装
npm i demo
\`\`\`
`;

describe('importing a skill with its translation', () => {
	const result = importSkill({
		original: md(english, 'demo/SKILL.md'),
		translation: md(chinese, 'demo/SKILL.zh-CN.md'),
	});

	it('pairs by structure and content, and lists what is in one language only', () => {
		const { source, tally } = result;
		expect(source.name).toBe('demo-skill');
		expect(result.renamedFrom).toBe('Demo Skill');
		expect(source.title).toEqual({ en: 'Demo', zh: '演示' });
		expect(source.frontmatter?.toJSON()).toEqual({ license: 'MIT' });
		expect(source.sections[0]!.body).toEqual([
			{
				list: [
					{ en: 'Install with `npm i demo`', zh: '用 `npm i demo` 安装' },
					{ en: 'Run `demo --fast`', zh: '运行 `demo --fast`' },
				],
			},
			{ code: { en: '# install\nnpm i demo', zh: '# 安装\nnpm i demo' }, lang: 'sh' },
		]);
		expect(source.sections[1]).toEqual({
			heading: { en: 'Only in English', untranslated: 'zh' },
			body: [{ paragraph: { en: 'Text.', untranslated: 'zh' } }],
		});
		expect(tally.translationOnly).toEqual([
			{ what: 'list item', at: 'demo/SKILL.zh-CN.md:14', excerpt: '额外条目 `extra`' },
		]);
		expect(tally.originalOnly.map((entry) => entry.at)).toEqual([
			'demo/SKILL.md:21',
			'demo/SKILL.md:23',
		]);
		expect(
			reportTable([{ name: 'demo-skill', tally, kept: 0, translated: true, done: 'written' }])
		).toContain(`| demo-skill | written | ${tally.paired} | 0 | 2 | 1 |`);
	});

	it('takes a translated text of characters that draw nothing for no translation', () => {
		const skill = (lines: string[]) =>
			`---\nname: demo\ndescription: d\n---\n\n${lines.join('\n')}\n`;
		const { source, tally } = importSkill({
			original: md(
				skill([
					'# Demo',
					'',
					'## Usage',
					'',
					'- Install it',
					'- Run it',
					'',
					'| A |',
					'|---|',
					'| 1 |',
				]),
				'SKILL.md'
			),
			translation: md(
				skill(['# 演示', '', '## 用法', '', '- 安装', '- &#8203;', '', '| |', '|---|', '| |']),
				'SKILL.zh-CN.md'
			),
		});
		expect(source.sections[0]!.body).toEqual([
			{
				list: [
					{ en: 'Install it', zh: '安装' },
					{ en: 'Run it', untranslated: 'zh' },
				],
			},
			{ table: { en: '| A |\n|---|\n| 1 |', untranslated: 'zh' } },
		]);
		expect(tally.originalOnly).toEqual([
			{ what: 'list item', at: 'SKILL.md:11', excerpt: 'Run it' },
			{ what: 'table', at: 'SKILL.md:13', excerpt: '| A | |---| | 1 |' },
		]);
	});

	it('reads a translated block of code as the characters it is, not as Markdown', () => {
		const skill = (code: string) =>
			`---\nname: demo\ndescription: d\n---\n\n# Demo\n\n\`\`\`text\n${code}\n\`\`\`\n`;
		const { source, tally } = importSkill({
			original: md(skill('>>>'), 'SKILL.md'),
			translation: md(skill('> > >'), 'SKILL.zh-CN.md'),
		});
		expect(source.body).toEqual([{ code: { en: '>>>', zh: '> > >' }, lang: 'text' }]);
		expect(tally.originalOnly).toEqual([]);
	});

	it('marks every text untranslated without a translation', () => {
		const { source } = importSkill({ original: md(english, 'demo/SKILL.md') });
		expect(source.description).toEqual({ en: 'A demo.', untranslated: 'zh' });
		expect(source.sections[0]!.body![1]).toEqual({ code: '# install\nnpm i demo', lang: 'sh' });
	});

	it('keeps the translations of unchanged texts on re-import', () => {
		const changed = english.replace('Run `demo --fast`', 'Run `demo --slow`');
		const again = importSkill({
			original: md(changed, 'demo/SKILL.md'),
			previous: parse(sourceYaml(result.source, 'x')),
		});
		expect(again.source.sections[0]!.body![0]).toEqual({
			list: [
				{ en: 'Install with `npm i demo`', zh: '用 `npm i demo` 安装' },
				{ en: 'Run `demo --slow`', untranslated: 'zh' },
			],
		});
		expect(again.kept).toBeGreaterThan(0);
	});

	it('writes YAML that reads back as the same source, code as literal blocks', () => {
		const yaml = sourceYaml(result.source, 'Imported');
		expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(result.source)));
		expect(yaml).toContain(
			'code:\n          en: |-\n            # install\n            npm i demo'
		);
		expect(yaml).toMatch(/^# Imported\n/);
	});
});
