import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { languageKeys } from '../../src/i18n/languages';
import { describe, expect, test } from 'vitest';
import { parseSkill } from '../../src/source/parse-skill';
import { readSkill, readSkills } from '../../src/source/read-skills';
import { maxSourceBytes } from '../../src/source/limits';
import type { SkillSourceError } from '../../src/source/problems';
import { loadModel, readProjectFile, sourceError } from '../support/skills';

const root = new URL('../../', import.meta.url);
const problemsOf = (name: string) =>
	sourceError(name).problems.map(({ line, column, where, message }) => ({
		line,
		column,
		where,
		message,
	}));

describe('sources the build used to accept', () => {
	test('a file that is not UTF-8 is refused at its first bad byte', async () => {
		const { error } = await readSkill('tests/fixtures/invalid/latin1.yaml', 'broken', root);
		expect(error?.problems).toEqual([
			expect.objectContaining({
				line: 3,
				column: 10,
				where: 'the file',
				message: expect.stringMatching(/^is not UTF-8: byte 0xE9/),
			}),
		]);
	});

	test('a control character is refused at its place', () => {
		expect(problemsOf('control-character')).toEqual([
			{
				line: 10,
				column: 15,
				where: 'the file',
				message: 'has the control character U+0000, which is not text',
			},
		]);
	});

	test('a YAML tag is refused, not published as text', () => {
		expect(problemsOf('yaml-tag')).toEqual([
			expect.objectContaining({
				line: 14,
				message: expect.stringContaining('has the tag `!include`'),
			}),
		]);
	});

	test('a second YAML document is refused in words, with no unrelated hint', () => {
		const error = sourceError('second-document');
		expect(problemsOf('second-document')).toEqual([
			expect.objectContaining({ line: 10, message: 'starts a second YAML document (`---`)' }),
		]);
		expect(error.hint).toContain('one document');
		expect(String(error)).not.toMatch(/document|window/);
	});

	test('an alias bomb is stopped with the file and the line of its first alias', () => {
		const error = sourceError('alias-bomb');
		expect(error.message).toMatch(
			/^tests\/fixtures\/invalid\/alias-bomb\.yaml:11:\d+ YAML: uses aliases/
		);
	});

	test('ids that the page itself uses are refused, made or former', () => {
		expect(problemsOf('reserved-id').map(({ line, message }) => `${line} ${message}`)).toEqual([
			'11 makes the id `section-links-title`, which the page itself uses (the title of the copy-link menu)',
			'14 lists `starlight__sidebar` as a former id, but the page itself uses it (the sidebar)',
		]);
	});

	test('a heading with no letters or digits does not get the id `-`', () => {
		expect(problemsOf('letterless-heading')).toEqual([
			expect.objectContaining({
				line: 10,
				message: 'has a heading with no letters or digits to make a section id from',
			}),
		]);
	});

	test('a link or an image in a heading is shown as its text, in every view', () => {
		const heading = loadModel('tests/fixtures/skills/every-block/skill.yaml').allSections.find(
			(section) => section.id === 'see-the-guide-icon'
		)!.heading;
		expect(heading.en.plain).toBe('See the guide icon');
		const types = (tree: Root) => {
			const found: string[] = [];
			visit(tree, (node) => void found.push(node.type));
			return found;
		};
		for (const key of languageKeys) {
			expect(types(heading[key].tree)).not.toContain('link');
			expect(types(heading[key].tree)).not.toContain('image');
		}
	});

	test('an image from another address is refused at its line', () => {
		expect(problemsOf('remote-image').map(({ line, message }) => `${line} ${message}`)).toEqual(
			[12, 13].map(
				(line) =>
					`${line} shows the image \`https://tracker.example/p.png\`, which is not a file in the skill's folder: it is on another site, and every reader’s browser would fetch it from there (a tracker; mixed content over \`http:\`)`
			)
		);
	});

	// Sanitizing made these their alt text, and nothing was said.
	test('an image from a file, a drive, data: or a script address is refused at its line, with why', () => {
		const why = (text: string) =>
			text.replace(/^.*, which is not a file in the skill's folder: /, '');
		expect(
			problemsOf('unsafe-images').map(({ line, message }) => `${line} ${why(message)}`)
		).toEqual([
			'12 a `file:` address names a file on the computer it was written on',
			'13 a `file:` address names a file on the computer it was written on',
			'14 it is a path on a Windows drive, which no reader has',
			'15 it is a path on a Windows drive, which no reader has',
			'16 its bytes are written into the text (a `data:` address), where they are not checked as the folder’s images are',
			'17 its bytes are written into the text (a `data:` address), where they are not checked as the folder’s images are',
			'18 a `javascript:` address is not an image file',
			'19 a `vbscript:` address is not an image file',
		]);
		expect(problemsOf('unsafe-images')[2]!.message).toContain('shows the image `C:/x.png`');
	});

	test('a translated table of another shape names the row', () => {
		expect(problemsOf('table-shape')).toEqual([
			expect.objectContaining({
				line: 17,
				where: 'section “Purpose”, block 1, table, zh',
				message: 'has 1 cell in row 3 where the English table has 2 (header row included)',
			}),
		]);
	});

	test('a source larger than the limit is refused before it is parsed', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'skills-'));
		mkdirSync(join(dir, 'huge'));
		writeFileSync(join(dir, 'huge', 'skill.yaml'), `name: huge\n# ${'x'.repeat(maxSourceBytes)}\n`);
		const [source] = await readSkills(dir, root);
		expect(source!.error!.message).toMatch(
			/skill\.yaml:1:1 the file: is \d+ kB; a skill source may be at most 512 kB\.$/
		);
	});
});

describe('a folder without its source says what is missing', () => {
	const folder = (files: Record<string, string>) => {
		const dir = mkdtempSync(join(tmpdir(), 'skills-'));
		mkdirSync(join(dir, 'x'));
		for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'x', name), text);
		return pathToFileURL(`${dir}/`);
	};

	test('a source named skill.yml', async () => {
		const { error } = await readSkill('x/skill.yaml', 'x', folder({ 'skill.yml': 'name: x' }));
		expect(error!.message).toBe(
			'x/skill.yml the file: is named `skill.yml`; the site reads `skill.yaml`.'
		);
		expect(error!.hint).toContain('Rename it to `skill.yaml`');
	});

	test('an empty folder', async () => {
		const { error } = await readSkill('x/skill.yaml', 'x', folder({}));
		expect(error!.message).toBe('x/ the folder: has no `skill.yaml` (it is empty).');
	});
});

describe('error texts point at the mistake, in words', () => {
	test('an unclosed quote is reported where it opens', () => {
		expect(problemsOf('unclosed-quote')).toEqual([
			expect.objectContaining({
				line: 10,
				column: 11,
				message: 'has a quote `"` that is never closed',
			}),
		]);
	});

	test('a key indented too far is reported on its own line', () => {
		expect(problemsOf('bad-indent')).toEqual([
			expect.objectContaining({
				line: 11,
				message: 'is indented further than the key above it, so it is read as part of that text',
			}),
		]);
	});

	test('a former id that another section has now is blamed on the former id', () => {
		const error = sourceError('former-id-clash');
		expect(problemsOf('former-id-clash')).toEqual([
			expect.objectContaining({
				line: 10,
				where: 'section “Setup”, former id 1',
				message: 'lists `usage` as a former id, but section “Usage” has that id now',
			}),
		]);
		expect(error.hint).toBe(
			'Remove it from `formerIds`: links to `#usage` land on section “Usage”.'
		);
	});

	test('a section that lists its own id as a former one', () => {
		expect(problemsOf('own-former-id')).toEqual([
			expect.objectContaining({
				message: 'lists `setup` as a former id, but it is this section’s own id',
			}),
		]);
	});
});

describe('warnings', () => {
	test('a text copied over untranslated is named; code and short texts are not', () => {
		const file = 'tests/fixtures/warnings/same-text.yaml';
		const warnings: SkillSourceError[] = [];
		parseSkill(readProjectFile(file), { file, folder: 'broken', warn: (w) => warnings.push(w) });
		expect(warnings.map((w) => w.message)).toEqual([
			`${file}:12:11 section “Purpose”, block 1, paragraph: has the same text in English and Chinese: it is published as the translation.`,
		]);
	});
});
