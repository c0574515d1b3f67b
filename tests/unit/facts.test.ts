import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { skillFacts } from '../../src/model/facts';
import { readSkillMarkdown } from '../../src/skill-md/read';
import { parseSkill } from '../../src/source/parse-skill';
import { refusal } from '../support/refusal';
import { readProjectFile } from '../support/skills';

describe('the facts a skill page shows from its front matter', () => {
	test('top-level fields, then the same under metadata', () => {
		expect(
			skillFacts({
				license: 'MIT',
				source: 'vibeship-spawner-skills (Apache 2.0)',
				metadata: { version: '1.1', author: 'zebbern', license: 'ignored' },
			})
		).toEqual([
			{ kind: 'license', value: 'MIT' },
			{ kind: 'source', value: 'vibeship-spawner-skills (Apache 2.0)' },
			{ kind: 'version', value: '1.1' },
			{ kind: 'author', value: 'zebbern' },
		]);
	});

	test('the tools a skill may use, written as the specification does or as a list', () => {
		expect(skillFacts({ 'allowed-tools': 'Read, Write, Bash(mkdir*), mcp__x__*' })).toEqual([
			{ kind: 'tools', value: ['Read', 'Write', 'Bash(mkdir*)', 'mcp__x__*'] },
		]);
		expect(skillFacts({ 'allowed-tools': 'Bash(git add:*) Read' })).toEqual([
			{ kind: 'tools', value: ['Bash(git add:*)', 'Read'] },
		]);
		expect(skillFacts({ 'allowed-tools': ['Read', 'Grep'] })).toEqual([
			{ kind: 'tools', value: ['Read', 'Grep'] },
		]);
	});

	test('nothing for fields that are empty or not text', () => {
		expect(skillFacts({ license: '', version: { x: 1 }, 'allowed-tools': [] })).toEqual([]);
	});

	test('a real skill’s, as its SKILL.md wrote them', () => {
		const file = 'tests/fixtures/real-skills/daily-news-report/SKILL.md';
		const { frontmatter } = readSkillMarkdown(readProjectFile(file), file);
		expect(skillFacts(frontmatter).map(({ kind }) => kind)).toContain('tools');
	});
});

test('a merge key, which agents’ YAML loaders read as fields the facts would not show, is refused', () => {
	// js-yaml (gray-matter) and PyYAML merge `<<`'s fields into its mapping, as `yaml` does when
	// asked; the site reads YAML 1.2, where it is one field named `<<`: the page would list no
	// tools, an agent's loader Bash.
	expect(parse('license: MIT\n<<: { allowed-tools: "Bash(*)" }\n', { merge: true })).toEqual({
		license: 'MIT',
		'allowed-tools': 'Bash(*)',
	});
	const source = `name: demo
title: { en: Demo, zh: 演示 }
description: { en: A demo., zh: 演示。 }
frontmatter:
  license: MIT
  <<: { allowed-tools: "Bash(*)" }
  metadata:
    list: [{ "<<": { hooks: x } }]
body:
  - paragraph: { en: Hi., zh: 嗨。 }
`;
	const { problems } = refusal(() =>
		parseSkill(source, { file: 'x/demo/skill.yaml', folder: 'demo' })
	);
	expect(problems.map((problem) => problem.replace(/: is YAML’s merge key .*/, ''))).toEqual([
		'6:7 frontmatter, <<',
		'8:20 frontmatter, metadata, list item 1, <<',
	]);
});
