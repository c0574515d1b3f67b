import { expect, test } from 'vitest';
import type { Block, Section } from '../../src/schema/skill';
import type { LanguageKey } from '../../src/i18n/languages';
import { loadSkill, readProjectFile } from '../support/skills';

/**
 * The scraped compare page the mlops-engineer source was transcribed from, with the scrape's
 * damage undone, and nothing else: its chrome (the first six lines and the word "Chinese" glued to
 * the first heading) removed, and the bullet the scrape split around a path joined again.
 */
function seedLines(): string[] {
	const path = 'resources/implementation-playbook.md';
	const lines = readProjectFile('tests/fixtures/seed/mlops-engineer.bilingual.txt')
		.split('\n')
		.slice(6);
	lines[0] = lines[0]!.replace(/^Chinese/, '');
	return lines.flatMap((line, i) => {
		if (line === path) return [];
		if (lines[i + 1] === path) {
			return line.endsWith(' .') ? line.replace(/ \.$/, ` \`${path}\`.`) : `${line}\`${path}\``;
		}
		return line;
	});
}

function blockLines(block: Block, key: LanguageKey): string[] {
	if (block.kind === 'paragraph') return [block.paragraph[key]!];
	if (block.kind === 'list') return block.list.map((item) => `- ${item[key]!}`);
	return [];
}

/** The source in the seed's order: a heading in both languages, its body in English, then in Chinese. */
function sourceLines(sections: Section[]): string[] {
	return sections.flatMap((section) => [
		section.heading.en!,
		section.heading.zh!,
		...section.body.flatMap((block) => blockLines(block, 'en')),
		...section.body.flatMap((block) => blockLines(block, 'zh')),
		...sourceLines(section.sections),
	]);
}

test('the mlops-engineer source holds every line of the seed, in order, and nothing else', () => {
	const skill = loadSkill('mlops-engineer');
	expect(sourceLines(skill.sections)).toEqual(seedLines());
});

test('the seed has 182 aligned pairs and no pending translation', () => {
	const lines = seedLines();
	expect(lines).toHaveLength(364);
	const skill = loadSkill('mlops-engineer');
	expect(JSON.stringify(skill)).not.toContain('untranslated');
});
