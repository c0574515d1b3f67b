import { readFileSync } from 'node:fs';
import type { LanguageKey } from '../../src/i18n/languages';
import { toPlainText } from '../../src/markdown/plain-text';
import { textIn } from '../../src/schema/pair';
import type { Block, Section, Skill } from '../../src/schema/skill';
import { parseSkill } from '../../src/source/parse-skill';

/** A skill source of this project, read the way the site reads it. */
export function readSkill(name: string): Skill {
	const file = `content/skills/${name}/skill.yaml`;
	return parseSkill(readFileSync(file, 'utf8'), { file, folder: name }).skill;
}

function blockTexts(block: Block, key: LanguageKey): string[] {
	if (block.kind === 'paragraph') return [toPlainText(textIn(block.text, key).text)];
	if (block.kind === 'list') return block.items.map((item) => toPlainText(textIn(item, key).text));
	return [];
}

/** Every heading, list item and paragraph of a skill in one language, in page order. */
export function pageTexts(sections: Section[], key: LanguageKey): string[] {
	return sections.flatMap((section) => [
		toPlainText(textIn(section.heading, key).text),
		...section.body.flatMap((block) => blockTexts(block, key)),
		...pageTexts(section.sections, key),
	]);
}

export { flattenSections } from '../../src/navigation/headings';
