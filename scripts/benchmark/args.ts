/**
 * The benchmark's command line:
 *   npm run benchmark -- [--sizes 1,100,600:1] [--runs 3] [--sources .real-skills]
 *                        [--skill mlops-engineer] [--no-browser] [--dev]
 */
import { parseArgs } from 'node:util';

/**
 * The real skills (tests/fixtures/real-skills: SKILL.md files in English and Chinese from public
 * collections), imported as `npm run build:real` does: the default source of the libraries.
 */
export const realSkills = { from: 'tests/fixtures/real-skills', dir: '.real-skills' };

/** A library size and how many rounds to measure it for. */
export interface Size {
	skills: number;
	runs: number;
}

interface BenchmarkOptions {
	/** The library sizes, each built `runs` times per site (`600:1` measures 600 skills once). */
	sizes: Size[];
	/** Folders of skill sources the libraries are made from (see library.ts); the real skills by
	 * default, imported first if they are not there yet. */
	sources: string[];
	/** The skill whose pages are measured; the first source's first skill if not given. */
	skill?: string;
	/** Whether to time page loads in Chromium (`--no-browser` measures builds and weights only). */
	browser: boolean;
	/** Whether to time `astro dev` at the largest size: start, and an edit showing. */
	dev: boolean;
}

const whole = (text: string | undefined, what: string, minimum: number) => {
	const value = Number(text);
	if (!Number.isInteger(value) || value < minimum) {
		throw new Error(`${what} must be a whole number of ${minimum} or more, not “${text}”.`);
	}
	return value;
};

/**
 * The options in `args` (the process's by default); throws on unknown or malformed ones, saying
 * which.
 * @example
 * benchmarkOptions(['--sizes', '1,600:1', '--runs', '3', '--no-browser'])
 * // => { sizes: [{ skills: 1, runs: 3 }, { skills: 600, runs: 1 }], sources: ['.real-skills'], browser: false, dev: false }
 */
export function benchmarkOptions(args: string[] = process.argv.slice(2)): BenchmarkOptions {
	const { values } = parseArgs({
		args,
		options: {
			sizes: { type: 'string', default: '1,100,600:1' },
			runs: { type: 'string', default: '3' },
			sources: { type: 'string', default: realSkills.dir },
			skill: { type: 'string' },
			browser: { type: 'boolean', default: true },
			dev: { type: 'boolean', default: false },
		},
		allowNegative: true,
	});
	const runs = whole(values.runs, '--runs', 1);
	const sizes = values.sizes.split(',').map((size) => {
		const [skills, own] = size.split(':');
		return {
			skills: whole(skills, '--sizes', 1),
			runs: own === undefined ? runs : whole(own, `--sizes ${size}`, 1),
		};
	});
	const sources = values.sources.split(',').filter(Boolean);
	return { sizes, sources, skill: values.skill, browser: values.browser, dev: values.dev };
}
