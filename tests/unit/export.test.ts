import { describe, expect, test } from 'vitest';
import { skillFile } from '../../src/export/skill-file';
import { descriptionLimit } from '../../src/model/frontmatter';
import { skillModel } from '../../src/model/skill-model';
import { markdownTree } from '../support/markdown-tree';
import { imported } from '../support/round-trip';
import { parseSkill } from '../../src/source/parse-skill';

/** A source written by hand with this body (YAML indented for `body:`). */
const handWritten = (body: string) =>
	parseSkill(
		`name: demo\ntitle: { en: Demo, zh: 演示 }\ndescription: { en: A demo., zh: 演示。 }\nbody:\n  ${body}\n`,
		{ file: 'content/skills/demo/skill.yaml', folder: 'demo' }
	);

/** A SKILL.md with this body, imported and exported again in English. */
function roundTrip(body: string, frontmatter = 'name: demo\ndescription: A demo.') {
	const original = `---\n${frontmatter}\n---\n\n# Demo\n\n${body}\n`;
	const { skill } = imported(original);
	return { original, exported: skillFile(skillModel(skill, { checks: false }), 'en'), skill };
}

/** The export reads as the original: the same Markdown tree and front matter values as written. */
function expectSameDocument(body: string, frontmatter?: string) {
	const { original, exported } = roundTrip(body, frontmatter);
	expect(markdownTree(exported)).toEqual(markdownTree(original));
	return exported;
}

describe('the export writes back what was imported', () => {
	test('a tight item whose paragraph a nested list follows, in a list with blank lines between items', () => {
		const exported = expectSameDocument('- one\n  - nested\n\n- two\n  - nested too');
		expect(exported).toContain('- one\n  - nested\n\n- two');
	});

	test('a code block that ends with a blank line keeps it', () => {
		const exported = expectSameDocument('```sh\nls\n\n```');
		expect(exported).toContain('```sh\nls\n\n```');
	});

	test('a heading that ends with a literal `#` keeps it', () => {
		expectSameDocument('## Use \\#\n\nText.\n\n## Sharp ##\\#\n\nMore.');
	});

	test('a text is written as the SKILL.md wrote it, escapes and all', () => {
		const exported = expectSameDocument('$$ \\sum_{i=1} $$ and *a*_b_ \\* kept');
		expect(exported).toContain('$$ \\sum_{i=1} $$ and *a*_b_ \\* kept');
	});

	test('a number of over nine digits is a paragraph, and stays one', () => {
		expectSameDocument('1234567890. not a list');
		expectSameDocument('999999999. a list\n999999999. numbered at its limit');
	});

	test('an item whose text starts with `[ ]` is not a task, and does not become one', () => {
		const exported = expectSameDocument('- \\[ ] not a task\n- [x] a task');
		expect(exported).toContain('- \\[ ] not a task');
		// Written by hand, the text is a paragraph's, where `[ ]` is text: the item says it so.
		const skill = handWritten("- list:\n      - en: '[ ] not a task'\n        zh: '[ ] 不是任务'");
		for (const key of ['en', 'zh'] as const)
			expect(markdownTree(skillFile(skillModel(skill, { checks: false }), key)).tree).toMatchObject(
				{
					children: [{}, { type: 'list', children: [{ checked: null }] }],
				}
			);
	});

	test('a heading numbered like a list item is written as SKILL.md files write it', () => {
		const exported = expectSameDocument('## 1. Setup\n\nText.');
		expect(exported).toContain('## 1. Setup');
	});

	test('Windows line ends leave no `\\r` in any text', () => {
		const { exported, skill } = roundTrip(
			'A line\r\nwrapped.\r\n\r\n- item\r\n  more'.replace(/\n/g, '\n')
		);
		expect(exported).not.toContain('\r');
		expect(JSON.stringify(skill)).not.toContain('\\r');
	});

	test('a code fence whose info string has a backtick is written with tildes', () => {
		const exported = expectSameDocument('~~~js `title`\nx\n~~~');
		expect(exported).toContain('~~~js `title`');
	});

	test('front matter values stay as written: `version: 1.10` is not 1.1', () => {
		const frontmatter =
			'name: demo\ndescription: A demo.\nversion: 1.10\nlicense: "MIT" # SPDX\nhooks:\n  pre: ./x.sh';
		const { exported, skill } = roundTrip('Text.', frontmatter);
		expect(exported).toContain('version: 1.10\nlicense: "MIT" # SPDX\nhooks:\n  pre: ./x.sh');
		expect(skillModel(skill).frontmatter).toMatchObject({ version: '1.10', license: 'MIT' });
	});

	test('a description cut to the Agent Skills limit keeps its last emoji whole', () => {
		const description = `${'a'.repeat(descriptionLimit - 2)}😀😀`;
		const { exported } = roundTrip('Text.', `name: demo\ndescription: ${description}`);
		const written = /description: (.*)/.exec(exported)![1]!;
		expect(written).toBe(`${'a'.repeat(descriptionLimit - 2)}…`);
		expect(written).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/);
	});
});
