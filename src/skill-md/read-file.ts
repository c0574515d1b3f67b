import { readFileSync } from 'node:fs';
import { decodeSkillMd } from './decode';
import { readSkillMarkdown, type SkillMarkdown } from './read';

/**
 * Reads a SKILL.md file from disk as its author saved it (UTF-8, UTF-16 with its mark, or else
 * Windows-1252: skill-md/decode.ts), saying how in `encoding` when it was not UTF-8.
 * @example
 * readSkillFile('crewai/SKILL.md').frontmatter.name // => 'crewai'
 * readSkillFile('legacy/SKILL.md').encoding // => 'is not UTF-8 (byte 0xE9 at 3:12): read as Windows-1252 (Latin-1)'
 */
export function readSkillFile(file: string): SkillMarkdown {
	const { text, note } = decodeSkillMd(readFileSync(file));
	const markdown = readSkillMarkdown(text, file);
	return note === undefined ? markdown : { ...markdown, encoding: note };
}
