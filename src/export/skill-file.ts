import type { LanguageKey } from '../i18n/languages';
import type { SectionModel, SkillModel } from '../model/skill-model';
import { writeSkillFile } from '../skill-md/write';
import { frontmatterText } from '../model/frontmatter';
import { blocks } from './markdown-blocks';

/**
 * A heading: `## Text`, or underlined when its text runs over lines (a setext heading). A text is
 * written to read as a paragraph (source texts are), and a heading reads some of it otherwise: a
 * `#` run that ends it would be the heading's closing sequence (its first `#` is escaped), while a
 * list marker that opens it needs no escape there (`## 1. Setup`, as SKILL.md files write it).
 */
function heading(text: string, level: number): string {
	if (!text.includes('\n'))
		return `${'#'.repeat(level)} ${text
			.replace(/^(\d{1,9})\\([.)])/, '$1$2')
			.replace(/^\\([-+*])(?=[ \t])/, '$1')
			.replace(/(^|[ \t])#(#*[ \t]*)$/, '$1\\#$2')}`;
	return level <= 2 ? `${text}\n${level === 1 ? '===' : '---'}` : text.replace(/\n/g, ' ');
}

function section(part: SectionModel, key: LanguageKey): string[] {
	return [
		heading(part.heading[key].markdown, part.level),
		blocks(part.body, key),
		...part.sections.flatMap((inner) => section(inner, key)),
	];
}

/**
 * A skill as a SKILL.md file in one language, the way Agent Skills load it: front matter, the
 * `# Title` line (unless the original had none), the text before the first section, then the
 * sections with their headings at the level the original gave them. Untranslated texts appear
 * in the other language, as the pages show them.
 * @example
 * skillFile(skillModel(skill), 'en') // => '---\nname: crewai\ndescription: …\n---\n\n# CrewAI\n\n…'
 */
export function skillFile(skill: SkillModel, key: LanguageKey): string {
	const body = [
		skill.titleHeading ? heading(skill.title[key].text, 1) : '',
		blocks(skill.body, key),
		...skill.sections.flatMap((part) => section(part, key)),
	]
		.filter((text) => text !== '')
		.join('\n\n');
	const frontmatter = frontmatterText(
		skill.name,
		skill.description[key].text,
		skill.frontmatterYaml
	);
	return writeSkillFile(frontmatter, body);
}
