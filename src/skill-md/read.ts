import type { Root } from 'mdast';
import { parseMarkdown } from './parse';
import { isMap, isScalar, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { SkillSourceError } from '../source/problems';
import { skillMdProblems } from '../source/skill-md-limits';
import { skillMdSizeProblem } from '../source/skill-md-size';

/** A SKILL.md as read: its front matter as YAML values, and its Markdown body as an mdast tree. */
export interface SkillMarkdown {
	/** The path that messages name. */
	file: string;
	/** Every front-matter field in the order written (an empty object when there is none). */
	frontmatter: Record<string, unknown>;
	/** The line of the file each front-matter field starts on. */
	fieldLines: Record<string, number>;
	/** The front matter as YAML nodes, which keep how each value is written (`1.10`, quotes). */
	frontmatterNode?: YAMLMap | undefined;
	/** The body's text, whose offsets the tree's places are (the front matter's lines blank). */
	source: string;
	/** The body; node positions are lines of the whole file, front matter included. */
	tree: Root;
	/** How the file's bytes were read when they were not UTF-8 (skill-md/decode.ts). */
	encoding?: string;
}

// `---` on the first line opens the front matter, the next line that is exactly `---` (or `...`)
// closes it, as YAML front matter has been written since Jekyll.
const frontmatterPattern = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Reads a SKILL.md. The front matter is cut off before the Markdown is parsed, but its lines are
 * left blank, so that every node keeps the line it has in the file and reports can cite it.
 * @example
 * readSkillMarkdown('---\nname: x\n---\n\n# X\n', 'x/SKILL.md').frontmatter // => { name: 'x' }
 */
export function readSkillMarkdown(written: string, file: string): SkillMarkdown {
	// Hostile or oversized Markdown is refused at its line before the parser sees it.
	const tooLarge = skillMdSizeProblem(written);
	if (tooLarge) throw new SkillSourceError(file, [tooLarge]);
	// A file saved with a byte order mark or Windows line ends reads as any other: the mark would
	// hide the front matter, and a `\r` would stay inside texts and be written back mid-line.
	const text = written.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const match = frontmatterPattern.exec(text);
	const { frontmatter, fieldLines, frontmatterNode } = match
		? readFrontmatter(match[1]!, file)
		: { frontmatter: {}, fieldLines: {}, frontmatterNode: undefined };
	const source = match
		? '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length)
		: text;
	const problems = skillMdProblems(source);
	if (problems.length > 0) throw new SkillSourceError(file, problems);
	return { file, frontmatter, fieldLines, frontmatterNode, source, tree: parseMarkdown(source) };
}

function readFrontmatter(yaml: string, file: string) {
	const lineCounter = new LineCounter();
	const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
	const [error] = doc.errors;
	if (error) {
		// The front matter starts on the file's second line.
		const { line, col } = lineCounter.linePos(error.pos[0]);
		throw new Error(
			`${file}:${line + 1}:${col}: the front matter is not valid YAML: ${error.message}`
		);
	}
	if (doc.contents !== null && !isMap(doc.contents))
		throw new Error(`${file}:2:1: the front matter is not a YAML mapping of fields`);
	const fieldLines: Record<string, number> = {};
	for (const item of doc.contents?.items ?? []) {
		if (isScalar(item.key) && item.key.range)
			fieldLines[String(item.key.value)] = lineCounter.linePos(item.key.range[0]).line + 1;
	}
	return {
		frontmatter: (doc.toJS() ?? {}) as Record<string, unknown>,
		fieldLines,
		frontmatterNode: isMap(doc.contents) ? doc.contents : undefined,
	};
}
