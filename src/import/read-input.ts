import { readSkillFile } from '../skill-md/read-file';
import type { SkillMarkdown } from '../skill-md/read';
import { SourceError } from '../source/problems';

/** A SKILL.md as read, or why it could not be: one located message with its fix. */
export type ReadResult =
	{ markdown: SkillMarkdown; problem?: undefined } | { markdown?: undefined; problem: string };

/**
 * Reads one input file of an import without ever throwing: a file too large or nested too deep,
 * front matter that is not YAML, or a file that cannot be opened is one message naming the file
 * (and the line and column where there is one), so that one bad skill of a folder does not stop
 * the others, and nobody sees a stack trace.
 * @example
 * readInput('crewai/SKILL.md') // => { markdown: { file: 'crewai/SKILL.md', frontmatter, tree, … } }
 * readInput('hostile/SKILL.md') // => { problem: 'hostile/SKILL.md:8:1 quotes and lists: are nested 20000 deep; …\n    Fix: …' }
 */
export function readInput(file: string): ReadResult {
	try {
		return { markdown: readSkillFile(file) };
	} catch (error) {
		if (error instanceof SourceError) return { problem: error.report };
		const { code, message } = error as NodeJS.ErrnoException;
		if (code === 'ENOENT') return { problem: `${file}: there is no such file.` };
		if (code === 'EISDIR') return { problem: `${file}: is a folder; give its SKILL.md.` };
		// The front matter's own message is located already (skill-md/read.ts).
		return { problem: message.startsWith(file) ? message : `${file}: ${message}` };
	}
}
