/** One thing wrong in a source file, with its place and its fix. */
export interface Problem {
	/** 1-based line and column in the file; none for a problem with the folder (a missing file). */
	line?: number | undefined;
	column?: number | undefined;
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
export function formatProblems(
	file: string,
	problems: Problem[],
	fixes = problems.length > 1
): string {
	return problems
		.map(({ line, column, where, message, hint }) => {
			const place = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
			const problem = `${place} ${where}: ${message}.`;
			return fixes ? `${problem}\n    Fix: ${hint}` : problem;
		})
		.join('\n');
}

/**
 * A mistake in the sources, reported to whoever wrote them. Astro prints an error's message and
 * hint, then its stack and the place in our code that threw it; neither says anything about the
 * source, so this error has none. Astro also guesses a hint for errors whose text mentions
 * `document` or `window` (a browser API used on the server): the text it reads, `toString()`, is
 * only the error's name, so a heading such as “Documentation” does not get that hint.
 */
export class SourceError extends Error {
	readonly hint: string | undefined;

	constructor(message: string, hint: string | undefined) {
		super(message);
		this.name = 'SkillSourceError';
		this.hint = hint;
		this.stack = '';
	}

	override toString(): string {
		return this.name;
	}

	/**
	 * The message and the fix together, for a log line.
	 * @example
	 * new SourceError('x.yaml:1:1 name: is empty.', 'Write it.').report // => 'x.yaml:1:1 name: is empty.\n    Fix: Write it.'
	 */
	get report(): string {
		return this.hint ? `${this.message}\n    Fix: ${this.hint}` : this.message;
	}
}

/** A source file that cannot be published as it is. The build stops with it. */
export class SkillSourceError extends SourceError {
	readonly file: string;
	readonly problems: Problem[];

	constructor(file: string, problems: Problem[]) {
		super(formatProblems(file, problems), problems.length === 1 ? problems[0]!.hint : undefined);
		this.file = file;
		this.problems = problems;
	}

	/**
	 * One error for several bad sources, so that a build names all of them at once.
	 * @example
	 * SkillSourceError.combine([a, b]).message // => 'content/skills/a/skill.yaml:3:5 title: is empty.\n    Fix: …\ncontent/skills/b/…'
	 */
	static combine(errors: SkillSourceError[]): SourceError {
		const listed = errors.map(({ file, problems }) => formatProblems(file, problems, true));
		return new SourceError(listed.join('\n'), undefined);
	}
}
