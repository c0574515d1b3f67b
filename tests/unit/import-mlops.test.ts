import { describe, expect, it } from 'vitest';
import { languageKeys, otherLanguage, type LanguageKey } from '../../src/i18n/languages';
import { importSkill } from '../../src/import/import-skill';
import { toString } from 'mdast-util-to-string';
import { parseText } from '../../src/markdown/parse';
import { readSkillMarkdown } from '../../src/skill-md/read';
import { loadSkill, readProjectFile } from '../support/skills';

// Our mlops-engineer source was written by hand from the public skill; the public English and
// Chinese are in the sample. Importing them shows what the importer gets right on its own.
const folder = 'tests/fixtures/real-skills/mlops-engineer';
const read = (file: string) =>
	readSkillMarkdown(readProjectFile(`${folder}/${file}`), `${folder}/${file}`);
const { source, tally } = importSkill({
	original: read('SKILL.md'),
	translation: read('SKILL.zh-CN.md'),
});
const handMade = loadSkill('mlops-engineer');
const [english] = languageKeys;

interface Outlined {
	heading: Partial<Record<LanguageKey, unknown>>;
	sections?: Outlined[] | undefined;
}
const outline = (sections: Outlined[], depth = 2): string[] =>
	sections.flatMap((section) => [
		`${depth} ${section.heading[english]}`,
		...outline(section.sections ?? [], depth + 1),
	]);

/** Every English text of a source, as plain text (the hand-made one drops some bold). */
function englishTexts(value: unknown, into = new Set<string>()): Set<string> {
	if (Array.isArray(value)) value.forEach((item) => englishTexts(item, into));
	else if (value !== null && typeof value === 'object') {
		const text = (value as Record<string, unknown>)[english];
		if (typeof text === 'string') into.add(toString(parseText(text)));
		Object.values(value).forEach((item) => englishTexts(item, into));
	}
	return into;
}

describe('importing the public mlops-engineer, compared with our hand-made source', () => {
	it('finds the same sections, in the same order and nesting', () => {
		expect(outline(source.sections)).toEqual(outline(handMade.sections));
	});

	it('has every English text of the hand-made body', () => {
		const imported = englishTexts(source);
		const { title: _title, description: _description, category: _category, ...body } = handMade;
		expect([...englishTexts(body)].filter((text) => !imported.has(text))).toEqual([]);
	});

	it('pairs every text but the title, which the public file does not have', () => {
		expect(tally.originalOnly.map(({ what }) => what)).toEqual(['title']);
		expect(source.title).toEqual({
			[english]: 'mlops-engineer',
			untranslated: otherLanguage(english),
		});
	});

	it('lists the section the Chinese added, with its lines', () => {
		expect(tally.translationOnly.map(({ what, at }) => `${what} ${at}`)).toEqual([
			`heading ${folder}/SKILL.zh-CN.md:219`,
			`list item ${folder}/SKILL.zh-CN.md:220`,
			`list item ${folder}/SKILL.zh-CN.md:221`,
			`list item ${folder}/SKILL.zh-CN.md:222`,
		]);
	});
});
