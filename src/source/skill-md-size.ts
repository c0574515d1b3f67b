import { kilobytes, maxSkillMdBytes, maxSourceBytes, utf8Bytes } from './limits';
import type { Problem } from './problems';

const splitHint =
	'Split the skill into several skills, or move long reference material into files of its folder (link to them instead).';

/**
 * A SKILL.md too large to import, before anything else is read.
 * @example
 * skillMdSizeProblem('x'.repeat(300_000)) // => { line: 1, column: 1, where: 'the file', message: 'is 293 kB; a SKILL.md may be at most 256 kB', hint }
 */
export function skillMdSizeProblem(text: string): Problem | undefined {
	const bytes = utf8Bytes(text);
	if (bytes <= maxSkillMdBytes) return undefined;
	return {
		line: 1,
		column: 1,
		where: 'the file',
		message: `is ${kilobytes(bytes)}; a SKILL.md may be at most ${kilobytes(maxSkillMdBytes)}`,
		hint: splitHint,
	};
}

/**
 * A source the importer made, from a SKILL.md and its translation, that is too large to write:
 * the SKILL.md is refused, and no source is written.
 * @example
 * importedSizeProblem('name: x\n…') // => undefined
 * importedSizeProblem(yaml) // => { where: 'the file', message: 'would make a source of 544 kB; a skill source may be at most 512 kB', hint }
 */
export function importedSizeProblem(yaml: string): Problem | undefined {
	const bytes = utf8Bytes(yaml);
	if (bytes <= maxSourceBytes) return undefined;
	return {
		where: 'the file',
		message: `would make a source of ${kilobytes(bytes)}; a skill source may be at most ${kilobytes(maxSourceBytes)}`,
		hint: splitHint,
	};
}
