/**
 * The benchmark's command line:
 *   npm run benchmark -- [--runs 5] [--skill mlops-engineer] [--no-browser]
 */
import { parseArgs } from 'node:util';

interface BenchmarkOptions {
	/** Rounds: each builds both sites once and measures both. */
	runs: number;
	/** The skill whose pages are measured; the first by name if not given. */
	skill?: string;
	/** Whether to time page loads in Chromium (`--no-browser` measures builds and weights only). */
	browser: boolean;
}

/**
 * The options in `args` (the process's by default); throws on unknown or malformed ones, saying
 * which.
 * @example
 * benchmarkOptions(['--runs', '3', '--no-browser']) // => { runs: 3, skill: undefined, browser: false }
 */
export function benchmarkOptions(args: string[] = process.argv.slice(2)): BenchmarkOptions {
	const { values } = parseArgs({
		args,
		options: {
			runs: { type: 'string', default: '5' },
			skill: { type: 'string' },
			browser: { type: 'boolean', default: true },
		},
		allowNegative: true,
	});
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1) {
		throw new Error(`--runs must be a whole number of 1 or more, not “${values.runs}”.`);
	}
	return { runs, skill: values.skill, browser: values.browser };
}
