import { SkillSourceError, type Problem } from '../../src/source/problems';

/**
 * The problems a check throws as a {@link SkillSourceError}, each as `line:column where: message`,
 * and how long it took to throw them. Fails when the check accepts its input.
 * @example
 * refusal(() => parseSkill(yaml, context)) // => { problems: ['5:22 block 1, paragraph, en: is 234 kB; …'], ms: 40 }
 */
export function refusal(check: () => unknown): { problems: string[]; ms: number } {
	const start = performance.now();
	try {
		check();
	} catch (error) {
		if (!(error instanceof SkillSourceError)) throw error;
		const place = ({ line, column, where, message }: Problem) =>
			`${line}:${column} ${where}: ${message}`;
		return { problems: error.problems.map(place), ms: performance.now() - start };
	}
	throw new Error('The input was accepted, but it should have been refused.');
}
