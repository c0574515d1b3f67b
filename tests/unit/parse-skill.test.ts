import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { skillModel } from '../../src/model/skill-model';
import { headingSlug } from '../../src/schema/section-id';
import { parseSkill } from '../../src/source/parse-skill';
import { pageHtml } from '../../src/views/page-html';
import { refusal } from '../support/refusal';
import { loadSkill, readProjectFile, sourceError } from '../support/skills';

describe('a valid source', () => {
	const skill = loadSkill('tests/fixtures/skills/edge-cases/skill.yaml');

	test('keeps both languages of every pair', () => {
		expect(skill.title).toMatchObject({ en: 'Edge Cases', zh: '边界情况' });
		expect(skill.sections[0]!.heading).toMatchObject({
			en: 'Setup & `install`',
			zh: '安装与`install`',
		});
	});

	test('knows where each pair and each of its texts is written', () => {
		expect(skill.title.at).toEqual({
			line: 4,
			column: 3,
			texts: { en: { line: 4, column: 7 }, zh: { line: 5, column: 7 } },
		});
	});

	test('resolves section ids and depths', () => {
		const setup = skill.sections[0]!;
		expect(setup).toMatchObject({ id: 'setup--install', depth: 2 });
		expect(setup.sections[0]).toMatchObject({
			id: 'deeper-level',
			formerIds: ['old-deeper'],
			depth: 3,
		});
		expect(setup.sections[0]!.sections[0]).toMatchObject({ id: 'deepest', depth: 4 });
	});

	test('turns blocks into a tagged union', () => {
		expect(skill.sections[0]!.body.map((block) => block.kind)).toEqual([
			'list',
			'code',
			'table',
			'callout',
		]);
		expect(skill.sections[0]!.body[0]).toMatchObject({ kind: 'list', ordered: true });
		expect(skill.sections[0]!.body[1]).toEqual({
			kind: 'code',
			code: 'npm install\nnpm run dev',
			lang: 'bash',
		});
	});

	test('accepts a pair marked as not yet translated', () => {
		const pending = skill.sections[0]!.sections[0]!.sections[0]!.body[0]!;
		expect(pending).toEqual({
			kind: 'paragraph',
			paragraph: {
				en: 'Only in English so far.',
				untranslated: 'zh',
				at: { line: 57, column: 19, texts: { en: { line: 57, column: 23 } } },
			},
		});
	});
});

describe('a bad source stops with the file, the place and the fix', () => {
	test('a text missing in one language', () => {
		const error = sourceError('missing-zh');
		expect(error.problems).toEqual([
			expect.objectContaining({
				line: 16,
				where: 'section “Capabilities”, block 1, list item 2, zh',
				message: 'has no Chinese text (`zh`)',
			}),
		]);
		expect(error.problems[0]!.hint).toContain('untranslated: zh');
		expect(error.message).toContain(
			'tests/fixtures/invalid/missing-zh.yaml:16:13 section “Capabilities”, block 1, list item 2, zh: has no Chinese text'
		);
		expect(error.hint).toContain('Add `zh:`');
	});

	test('an empty text', () => {
		expect(sourceError('empty-text').problems).toEqual([
			expect.objectContaining({
				line: 11,
				where: 'section “Purpose”, heading, zh',
				message: 'is empty',
			}),
		]);
	});

	test('a text of characters that draw nothing, which a reader would see as a blank', () => {
		const text = [
			'name: x',
			'title: {en: X, zh: "\\u200b"}',
			'description: {en: D, zh: 乙}',
			'sections:',
			'  - heading: {en: X, zh: 乙}',
			'    body:',
			'      - paragraph: {en: Text, zh: "\\u200b\\u2060 \\u200b"}',
			'      - paragraph: {en: Entity, zh: "&#8203;&nbsp;"}',
			'      - paragraph: {en: Strong, zh: "**\\u00ad**"}',
			'      - paragraph: {en: Image, zh: "![](images/a.png)"}',
			'      - paragraph: {en: "[Link](https://example.com)", zh: "[](https://example.com)"}',
			'      - table: {en: "| A |\\n|---|\\n| 1 |", zh: "| |\\n|---|\\n| \\u200b |"}',
			'      - table: {en: "| A |\\n|---|\\n| 1 |", zh: "| |\\n|---|\\n|  |"}',
			'      - paragraph: {en: "[A](https://w.org/A_(b))", zh: "[\\u200b](https://w.org/A_(b))"}',
			'      - paragraph: {en: Filler, zh: "\\u3164\\u2800"}',
			'      - paragraph: {en: End of ayah, zh: "\\u06dd"}',
			'      - paragraph: {en: Hash, zh: "#"}',
			'      - paragraph: {en: "![](a.png)", zh: "![](javascript:alert(1))"}',
			'',
		].join('\n');
		expect(refusal(() => parseSkill(text, { file: 'x.yaml', folder: 'x' })).problems).toEqual([
			'2:20 title, zh: shows nothing: it holds only U+200B',
			'7:35 section “X”, block 1, paragraph, zh: shows nothing: it holds only U+200B, U+2060',
			'8:37 section “X”, block 2, paragraph, zh: shows nothing: it holds only U+200B',
			'9:37 section “X”, block 3, paragraph, zh: shows nothing: it holds only U+00AD',
			'11:60 section “X”, block 5, paragraph, zh: shows nothing: it holds only Markdown that draws no text',
			'12:48 section “X”, block 6, table, zh: shows nothing: it holds only U+200B',
			'13:48 section “X”, block 7, table, zh: shows nothing: it holds only empty cells',
			'14:57 section “X”, block 8, paragraph, zh: shows nothing: it holds only U+200B',
			'15:37 section “X”, block 9, paragraph, zh: shows nothing: it holds only U+3164, U+2800',
			// U+06DD (line 16) draws a sign; `#` alone is refused for its shape.
			'17:35 section “X”, block 11, paragraph, zh: is a heading (it starts with `#`), where a single paragraph of text belongs',
			// Blank once its image is dropped: refused for the image alone.
			"18:43 section “X”, block 12, paragraph, zh: shows the image `javascript:alert(1)`, which is not a file in the skill's folder: a `javascript:` address is not an image file",
		]);
	});

	test('a duplicate section id', () => {
		expect(sourceError('duplicate-id').problems).toEqual([
			expect.objectContaining({
				line: 15,
				where: 'section “Knowledge”, id',
				message: 'has the id `capabilities`, which section “Capabilities” already has',
			}),
		]);
	});

	test('section ids that differ only in Unicode normalization, one folder on some file systems', () => {
		const text = [
			'name: x',
			'title: {en: X, zh: 乙}',
			'description: {en: D, zh: 乙}',
			'sections:',
			'  - heading: {en: "Caf\\u00e9", zh: 咖啡馆}',
			'  - heading: {en: "Cafe\\u0301", zh: 咖啡}',
			'',
		].join('\n');
		expect(refusal(() => parseSkill(text, { file: 'x.yaml', folder: 'x' })).problems).toEqual([
			'6:14 section “Cafe\u0301”, heading: makes the id `cafe\u0301`, which section “Caf\u00e9” already has as `caf\u00e9`, the same letters in other code points',
		]);
	});

	test('an unknown key', () => {
		const [problem] = sourceError('unknown-key').problems;
		expect(problem).toMatchObject({
			line: 12,
			column: 5,
			where: 'section “Purpose”',
			message: 'has an unknown key `bdoy`',
		});
		expect(problem!.hint).toContain('spelling');
	});

	test('a name that breaks the Agent Skills rules', () => {
		expect(sourceError('bad-name').problems).toEqual([
			expect.objectContaining({
				line: 1,
				where: 'name',
				message: 'breaks the Agent Skills naming rules',
			}),
		]);
	});

	test('a name that is not the folder name', () => {
		expect(sourceError('missing-zh', 'other-folder').problems).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ line: 16 }), // the first problem is still reported
			])
		);
		const text =
			'name: a\ntitle: {en: A, zh: 甲}\ndescription: {en: A, zh: 甲}\nsections:\n  - heading: {en: X, zh: 乙}\n';
		expect(() => parseSkill(text, { file: 'content/skills/b/skill.yaml', folder: 'b' })).toThrow(
			"content/skills/b/skill.yaml:1:7 name: is `a`, but the skill's folder is `b`"
		);
	});

	test('an unparseable file', () => {
		const [problem] = sourceError('unparseable').problems;
		expect(problem).toMatchObject({ line: 10, where: 'YAML' });
		expect(problem!.message).toMatch(/^cannot be read: /);
		expect(problem!.hint).toContain('need quotes');
	});

	test('a text that is a Markdown block instead of a paragraph', () => {
		const [problem] = sourceError('block-in-text').problems;
		expect(problem).toMatchObject({
			line: 14,
			where: 'section “Purpose”, block 1, paragraph, en',
			message: 'is a heading (it starts with `#`), where a single paragraph of text belongs',
		});
		expect(problem!.hint).toContain('\\#');
	});

	test('a pair marked untranslated that has both texts', () => {
		expect(sourceError('untranslated-but-present').problems).toEqual([
			expect.objectContaining({
				line: 16,
				where: 'section “Purpose”, block 1, paragraph, untranslated',
				message: 'says `untranslated: zh` but has a Chinese text',
			}),
		]);
	});

	test('a block with two kinds', () => {
		expect(sourceError('mixed-block').problems).toEqual([
			expect.objectContaining({ line: 13, message: 'mixes `paragraph` and `code` in one block' }),
		]);
	});

	test('code or HTML that is neither text nor a whole pair, said as such and not "Invalid input"', () => {
		expect(
			sourceError('half-code').problems.map(({ line, where, message, hint }) => ({
				at: `${line} ${where}`,
				message,
				fix: hint.split('.')[0],
			}))
		).toEqual([
			{
				at: '14 section “Purpose”, block 1, code, zh',
				message: 'has no Chinese text (`zh`)',
				fix: 'Add `zh:` with the Chinese text',
			},
			{
				at: '16 section “Purpose”, block 2, html, en',
				message: 'has no English text (`en`)',
				fix: 'Add `en:` with the English text',
			},
			{
				at: '17 section “Purpose”, block 3, code',
				message: 'is a list, where text or a mapping of texts by language belongs',
				fix: 'Write the text itself (in quotes if it could be read as a number), or `en:` and `zh:` texts when the translation changes it',
			},
		]);
	});

	test('a number out of its range, or not whole, says which and what fits', () => {
		const head =
			'name: demo\ntitle: { en: Demo, zh: 演示 }\ndescription: { en: A demo., zh: 演示。 }\n';
		const said = (body: string) =>
			refusal(() => parseSkill(head + body, { file: 'x/demo/skill.yaml', folder: 'demo' }))
				.problems;
		const section = (level: string) =>
			`sections:\n  - heading: { en: a, zh: b }\n    level: ${level}\n`;
		const list = (start: string) =>
			`body:\n  - list:\n      - { en: a, zh: b }\n    ordered: true\n    start: ${start}\n`;
		expect([section('7'), section('2.5'), list('-1'), list('1e400')].map(said)).toEqual([
			['6:12 section “a”, level: is 7; it may be at most 6'],
			['6:12 section “a”, level: is 2.5, where a whole number belongs'],
			['8:12 block 1, start: is -1; it may be at least 0'],
			['8:12 block 1, start: is Infinity, where a whole number belongs'],
		]);
	});

	test('sections nested deeper than level 6', () => {
		expect(sourceError('too-deep').problems).toEqual([
			expect.objectContaining({
				line: 19,
				message: 'would be a level 7 heading; headings go down to level 6 (`######`)',
			}),
		]);
	});

	test('a file that is not a mapping', () => {
		expect(() => parseSkill('- just\n- a list\n', { file: 'x.yaml', folder: 'x' })).toThrow(
			'x.yaml:1:1 the file: is not a YAML mapping'
		);
	});

	test('every problem at once, in file order', () => {
		const text =
			'name: x\ntitle: {en: X}\ndescription: {en: "", zh: 乙}\nsections:\n  - heading: {en: X, zh: 乙}\n';
		const error = (() => {
			try {
				parseSkill(text, { file: 'x.yaml', folder: 'x' });
			} catch (e) {
				return e as { problems: { line: number; where: string; message: string }[] };
			}
		})();
		expect(
			error?.problems.map(({ line, where, message }) => `${line} ${where} ${message}`)
		).toEqual(['2 title, zh has no Chinese text (`zh`)', '3 description, en is empty']);
	});
});

describe('a heading written over two lines', () => {
	const skill = loadSkill('tests/fixtures/skills/edge-cases/skill.yaml');
	const source = parse(readProjectFile('tests/fixtures/skills/edge-cases/skill.yaml'));
	const written = source.sections.find((s: { heading: { en: string } }) =>
		s.heading.en.includes('\n')
	).heading;

	test('reads as one line, each line break a space, as Markdown reads it', () => {
		// The source keeps the heading as written (its SKILL.md exports it so); every view reads it
		// on one line.
		const model = skillModel(skill);
		const section = model.allSections.find((s) =>
			s.heading.en.markdown.startsWith(written.en.split('\n')[0])
		);
		expect(section!.heading.en.plain).toBe(written.en.replace('\n', ' '));
		expect(section!.heading.zh.plain).toBe(written.zh.replace('\n', ' '));
		expect(section!.id).toBe(headingSlug(written.en.replace('\n', ' ')));
	});

	test('makes a one-line heading on its page', async () => {
		const html = await pageHtml(skillModel(skill), 'en', (title) => title);
		const heading = select(
			'h2#a-heading-written-over-two-lines',
			fromHtml(html, { fragment: true })
		);
		expect(toText(heading!)).toBe(written.en.replace('\n', ' '));
	});
});
