import type { Problem } from './problems';

/**
 * The largest source the site builds: about twenty times its largest skill (27 kB). A 5 MB
 * source once took four minutes and 3 GB of memory to build, without a word; a limit says why.
 */
export const maxSourceBytes = 512 * 1024;

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

/**
 * What is wrong with a source's size, if anything.
 * @example
 * sizeProblem(5_000_000) // => { line: 1, column: 1, where: 'the file', message: 'is 4883 kB; a skill source may be at most 512 kB', hint }
 * sizeProblem(27_000) // => undefined
 */
export function sizeProblem(bytes: number): Problem | undefined {
	if (bytes <= maxSourceBytes) return undefined;
	return {
		line: 1,
		column: 1,
		where: 'the file',
		message: `is ${kilobytes(bytes)}; a skill source may be at most ${kilobytes(maxSourceBytes)}`,
		hint: 'Split the skill into several skills, or move long reference material out of the page (link to it instead).',
	};
}
