import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { skillFile } from '../../src/export/skill-file';
import { skillModel } from '../../src/model/skill-model';
import { calloutTypes } from '../../src/schema/block';
import { parseSkill } from '../../src/source/parse-skill';
import { asideIcons } from '../../src/views/callout';
import { compareHtml } from '../../src/views/compare-tree';
import { pageHtml } from '../../src/views/page-html';
import { refusal } from '../support/refusal';
import { imported } from '../support/round-trip';

// GitHub's callouts (`> [!NOTE]`), which real skills use: a kind of block of their own, imported,
// drawn as Starlight's asides on the pages and in the compare view, and exported as written.

const english = `---
name: demo
description: A demo.
---

# Demo

> [!WARNING]
> Back up the database first.
> It cannot be undone.

> [!TIP]
> - Use \`--dry-run\`.
> - Read the plan.

> [!NOTE] not a callout: text follows the marker

> [!IMPORTANT]
`;

const chinese = english
	.replace(
		'Back up the database first.\n> It cannot be undone.',
		'先备份数据库。\n> 此操作无法撤销。'
	)
	.replace('Use `--dry-run`.', '使用 `--dry-run`。')
	.replace('Read the plan.', '阅读计划。')
	.replace('not a callout: text follows the marker', '不是提示：标记后有文字')
	.replace('# Demo', '# 演示');

const { skill, tally } = imported(english, chinese);
const model = skillModel(skill, { checks: false });

describe('GitHub callouts', () => {
	test('are read as callouts with their type and paired block by block', () => {
		const kinds = skill.body.map((block) => block.kind);
		// A marker with text after it on its line, or alone in its quote, is a quote on GitHub too.
		expect(kinds).toEqual(['callout', 'callout', 'quote', 'quote']);
		const [warning, tip] = skill.body;
		expect(warning).toMatchObject({ type: 'warning', callout: [{ kind: 'paragraph' }] });
		expect(warning!.kind === 'callout' && warning.callout[0]).toMatchObject({
			paragraph: {
				en: 'Back up the database first.\nIt cannot be undone.',
				zh: '先备份数据库。\n此操作无法撤销。',
			},
		});
		expect(tip).toMatchObject({ type: 'tip', callout: [{ kind: 'list' }] });
		expect(tally.translationOnly).toEqual([]);
	});

	test('export as the SKILL.md wrote them, in both languages', () => {
		expect(skillFile(model, 'en')).toBe(english);
		expect(skillFile(model, 'zh')).toBe(chinese);
	});

	test('are drawn as Starlight asides, titled in the page’s language', async () => {
		const page = fromHtml(await pageHtml(model, 'zh', (title) => title), { fragment: true });
		const asides = selectAll('aside.starlight-aside', page);
		expect(asides.map((aside) => aside.properties.ariaLabel)).toEqual(['警告', '提示']);
		expect(asides[0]!.properties.className).toContain('starlight-aside--caution');
		expect(toText(select('.starlight-aside__content', asides[0]!)!)).toBe(
			'先备份数据库。 此操作无法撤销。'
		);
		expect(select('.starlight-aside__title', asides[1]!)!.properties.ariaHidden).toBe('true');
	});

	test('hold their rows in the compare view, each language in its cell', async () => {
		const compare = fromHtml(await compareHtml(model, 'en', '/'), { fragment: true });
		const aside = select('aside.starlight-aside--caution', compare)!;
		expect(aside.properties.ariaLabel).toBe('Warning');
		const cells = selectAll('.cell', aside).map((cell) => cell.properties.lang);
		expect(cells).toEqual(['en', 'zh-CN']);
	});

	test('carry Starlight’s own icons, and every type has its title in both languages', async () => {
		const { Icons } =
			await import('../../node_modules/@astrojs/starlight/dist/components-internals/Icons.js');
		expect(asideIcons).toEqual({
			note: Icons.information,
			tip: Icons.rocket,
			caution: Icons.warning,
			danger: Icons.error,
		});
		for (const type of calloutTypes)
			for (const key of ['en', 'zh'] as const) {
				const block = { kind: 'callout' as const, type, callout: [] };
				const html = await pageHtml(
					skillModel({ ...skill, body: [block as never] }, { checks: false }),
					key,
					(title) => title
				);
				expect(html).toMatch(/aria-label="[^"]+"/);
			}
	});
});

test('a marker in any case, or before a hard line break, is a callout, as on GitHub', () => {
	const file = (marker: string, text: string) =>
		`---\nname: demo\ndescription: A demo.\n---\n\n# Demo\n\n> ${marker}\n> ${text}\n`;
	const { skill: read, tally } = imported(
		file('[!warning]  ', 'Back up first.'),
		file('[!Warning]\\', '先备份。').replace('# Demo', '# 演示')
	);
	expect(read.body).toMatchObject([
		{
			kind: 'callout',
			type: 'warning',
			callout: [{ paragraph: { en: 'Back up first.', zh: '先备份。' } }],
		},
	]);
	expect(tally.differs).toEqual([]);
	// Written back as GitHub documents it.
	expect(skillFile(skillModel(read, { checks: false }), 'en')).toContain(
		'> [!WARNING]\n> Back up first.\n'
	);
});

describe('the first block of a callout', () => {
	// The SKILL.md writes it on the line after the marker, where Markdown reads on from the
	// marker's paragraph: `> [!WARNING]` over `> ---` is a heading “[!WARNING]” in the file agents
	// load, while the page showed a warning and a rule.
	const source = (first: string) =>
		`name: demo\ntitle: { en: Demo, zh: 演示 }\ndescription: { en: A demo., zh: 演示。 }\nbody:\n  - callout:\n${first}      - paragraph: { en: After., zh: 之后。 }\n    type: warning\n`;
	const parse = (first: string) =>
		parseSkill(source(first), { file: 'x/demo/skill.yaml', folder: 'demo' });

	test('is refused at its place when Markdown would read it into the marker’s line', () => {
		const refused = {
			rule: '      - rule: true\n',
			underline: "      - paragraph: { en: '===', zh: '===' }\n",
			empty: "      - list:\n          - { en: '', zh: '' }\n",
			numbered:
				'      - list:\n          - { en: four, zh: 四 }\n        ordered: true\n        start: 4\n',
			html: "      - html: '<Good>x</Good>'\n",
		};
		const places = Object.values(refused).map((first) =>
			refusal(() => parse(first)).problems.map((problem) =>
				problem.replace(/: opens a callout .*/, '')
			)
		);
		expect(places).toEqual([
			['6:15 block 1, callout, rule'],
			['6:26 block 1, callout, paragraph, en'],
			['7:19 block 1, callout, list item 1, en'],
			['9:16 block 1, callout, start'],
			['6:15 block 1, callout, html'],
		]);
	});

	test('in a SKILL.md, a heading under the marker is kept as written, and exports as it was', () => {
		const file = english.replace('> [!IMPORTANT]\n', '> [!IMPORTANT]\n> # Title\n');
		const { skill: read } = imported(file);
		expect(read.body.map((block) => block.kind)).toEqual([
			'callout',
			'callout',
			'quote',
			'callout',
		]);
		expect(skillFile(skillModel(read, { checks: false }), 'en')).toBe(file);
	});

	test('in a SKILL.md, a rule under the marker imports as a quote, and exports as it reads', () => {
		// `> ***` there is a rule on GitHub too; a callout may not open with one, which the export
		// would write under the marker as its underline.
		const file = english.replace('> [!IMPORTANT]\n', '> [!IMPORTANT]\n> ***\n');
		const { skill: read } = imported(file);
		expect(read.body.map((block) => block.kind)).toEqual(['callout', 'callout', 'quote', 'quote']);
		const again = imported(skillFile(skillModel(read, { checks: false }), 'en')).skill;
		expect(again.body).toEqual(read.body);
	});

	test('in a SKILL.md, a marker’s paragraph that would not stand alone imports as a quote', () => {
		// `4. four` under the marker is the marker's paragraph on GitHub; alone, it is a list, which
		// a callout's paragraph cannot be: the import refused its own source.
		const file = english.replace('> [!IMPORTANT]\n', '> [!IMPORTANT]\n> 4. four\n');
		const { skill: read } = imported(file);
		expect(read.body.map((block) => block.kind)).toEqual(['callout', 'callout', 'quote', 'quote']);
		expect(skillFile(skillModel(read, { checks: false }), 'en')).toBe(file);
	});

	test('of a quote is refused when it opens with the marker the importer reads as a callout', () => {
		const quote = (text: string) =>
			`name: demo\ntitle: { en: Demo, zh: 演示 }\ndescription: { en: A demo., zh: 演示。 }\nbody:\n  - quote:\n      - paragraph: { en: ${JSON.stringify(text)}, zh: 引文。 }\n`;
		const read = (text: string) =>
			parseSkill(quote(text), { file: 'x/demo/skill.yaml', folder: 'demo' });
		expect(refusal(() => read('[!WARNING]\nCareful.')).problems).toEqual([
			"6:26 block 1, quote, paragraph, en: opens a quote with GitHub's callout marker `[!WARNING]`: the SKILL.md would hold a callout there (`type: warning`) where the page shows a quote",
		]);
		// Nor with the paragraph's next line indented, or after a carriage return: Markdown reads
		// on in the marker's paragraph all the same.
		for (const text of ['[!NOTE]\n    Careful.', '[!NOTE]\r\nCareful.'])
			expect(refusal(() => read(text)).problems, JSON.stringify(text)).toHaveLength(1);
		// GitHub reads the marker in any case, and before a hard line break.
		expect(refusal(() => read('[!warning]  \nCareful.')).problems).toEqual([
			"6:26 block 1, quote, paragraph, en: opens a quote with GitHub's callout marker `[!warning]`: the SKILL.md would hold a callout there (`type: warning`) where the page shows a quote",
		]);
		// Alone, with text on its line, or before lines that are no paragraph alone, it stays a
		// quote in the SKILL.md too, and exports as it imports.
		for (const text of [
			'[!WARNING]',
			'[!WARNING] Careful.',
			'[!WARNING]\n4. four',
			'\\[!WARNING]\nCareful.',
		]) {
			const model = skillModel(read(text), { checks: false });
			const en = skillFile(model, 'en');
			expect(
				imported(en).skill.body.map((block) => block.kind),
				text
			).toEqual(['quote']);
		}
	});

	test('that Markdown reads as its own block is kept, and exports as it imports', () => {
		for (const first of [
			"      - paragraph: { en: '\\=== escaped', zh: '\\=== 已转义' }\n",
			'      - list:\n          - { en: one, zh: 一 }\n        ordered: true\n',
			"      - html: '<div>x</div>'\n",
			'      - code: x = 1\n',
			'      - quote:\n          - paragraph: { en: Quoted., zh: 引文。 }\n',
		]) {
			const model = skillModel(parse(first), { checks: false });
			const [en, zh] = [skillFile(model, 'en'), skillFile(model, 'zh')];
			const again = skillModel(imported(en, zh).skill, { checks: false });
			expect([skillFile(again, 'en'), skillFile(again, 'zh')]).toEqual([en, zh]);
		}
	});
});
