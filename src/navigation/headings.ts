import type { MarkdownHeading } from 'astro';
import type { LanguageKey } from '../i18n/languages';
import { toPlainText } from '../markdown/plain-text';
import { textIn } from '../schema/pair';
import type { Section, Skill } from '../schema/skill';

/**
 * Every section, depth first.
 * @example
 * flattenSections(skill.sections).map((s) => s.id) // => ['use-this-skill-when', …, 'aws-mlops-stack', …]
 */
export function flattenSections(sections: Section[]): Section[] {
	return sections.flatMap((section) => [section, ...flattenSections(section.sections)]);
}

/**
 * A skill's sections in one language, as "On this page" lists them: the source's own headings
 * with their shared ids.
 * @example
 * skillHeadings(skill, 'zh')[4] // => { depth: 2, slug: 'capabilities', text: '能力范围' }
 */
export function skillHeadings(skill: Skill, key: LanguageKey): MarkdownHeading[] {
	return flattenSections(skill.sections).map((section) => ({
		depth: section.depth,
		slug: section.id,
		text: toPlainText(textIn(section.heading, key).text),
	}));
}
