import { AstroError } from 'astro/errors';

/** One thing wrong in a source file, with its place and its fix. */
export interface Problem {
	/** 1-based line and column in the file. */
	line: number;
	column: number;
	/** Where in the skill, in words: `section “Capabilities › AWS MLOps Stack”, list item 3, zh`. */
	where: string;
	message: string;
	hint: string;
}

/**
 * Formats problems the way Astro prints its own errors: the file and line first, then what is
 * wrong. The fix follows each problem; a single problem's fix is the error's hint instead.
 * @example
 * formatProblems('content/skills/x/skill.yaml', [{ line: 3, column: 5, where: 'title', message: 'is empty', hint: 'Write the text.' }])
 * // => 'content/skills/x/skill.yaml:3:5 title: is empty.' (with a `Fix:` line each when there are several)
 */
export function formatProblems(file: string, problems: Problem[]): string {
	return problems
		.map(({ line, column, where, message, hint }) => {
			const problem = `${file}:${line}:${column} ${where}: ${message}.`;
			return problems.length === 1 ? problem : `${problem}\n    Fix: ${hint}`;
		})
		.join('\n');
}

/** A source file that cannot be published as it is. The build stops with it. */
export class SkillSourceError extends AstroError {
	readonly file: string;
	readonly problems: Problem[];

	constructor(file: string, problems: Problem[]) {
		const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
		super(
			`The skill source ${file} has ${count}, so the site was not built:\n${formatProblems(file, problems)}`,
			problems[0]?.hint
		);
		this.name = 'SkillSourceError';
		this.file = file;
		this.problems = problems;
	}

	/**
	 * One error for several bad sources, so that a build names all of them at once.
	 * @example
	 * SkillSourceError.combine([a, b]).message // => 'Skill sources have problems, so the site was not built:\n…'
	 */
	static combine(errors: SkillSourceError[]): AstroError {
		const listed = errors.map(({ file, problems }) => formatProblems(file, problems)).join('\n');
		return new AstroError(
			`${errors.length} skill sources have problems, so the site was not built:\n${listed}`,
			errors[0]?.problems[0]?.hint
		);
	}
}
