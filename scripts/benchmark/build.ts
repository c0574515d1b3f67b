/**
 * The two sites under test and their cold builds. Each build starts without Astro's content store
 * and Vite's cache, so that it measures the work a first build does, and the order of the two
 * alternates by round, so that neither always runs on a machine the other has just warmed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Astro's CLI of this repository: both sites build with it. */
const astroBin = 'node_modules/.bin/astro';
/** GNU time, which reports the build's peak memory (the largest resident set of its processes). */
const gnuTime = '/usr/bin/time';

/** What one cold build took. */
export interface BuildCost {
	seconds: number;
	/** Peak resident memory of the build's largest process, in MB; undefined without GNU time. */
	peakMB: number | undefined;
}

/**
 * A site under test and how to build it cold.
 * @example
 * { label: 'This site', build: ['build', '--outDir', '.bench/site-dist'], dist: '.bench/site-dist', caches: ['.astro', …] }
 */
export interface Site {
	label: string;
	/** Arguments of `astro build`. */
	build: string[];
	/** Where the build writes the site. */
	dist: string;
	/** Deleted before every build, so that each one is cold: Astro's content store and Vite's cache. */
	caches: string[];
}

/**
 * The bare Starlight project in `<benchDir>/bare` (see bare-site.ts) and this site, built into
 * `<benchDir>/site-dist` so that dist/ is left alone. This site's caches are the repository's own
 * (.astro/, node_modules/.astro, node_modules/.vite): the next build or check remakes them.
 * @example
 * const { bare, site } = benchSites('.bench');
 * bare.dist // => '.bench/bare/dist'
 */
export function benchSites(benchDir: string): { bare: Site; site: Site } {
	const bareRoot = join(benchDir, 'bare');
	return {
		bare: {
			label: 'Bare Starlight',
			build: ['build', '--root', bareRoot],
			dist: join(bareRoot, 'dist'),
			// Its node_modules holds only caches: packages resolve from the repository's.
			caches: [join(bareRoot, '.astro'), join(bareRoot, 'node_modules')],
		},
		site: {
			label: 'This site',
			build: ['build', '--outDir', join(benchDir, 'site-dist')],
			dist: join(benchDir, 'site-dist'),
			caches: ['.astro', 'node_modules/.astro', 'node_modules/.vite'],
		},
	};
}

/**
 * The sites in the order a round builds and measures them: as given in odd rounds, reversed in
 * even ones.
 * @example
 * roundOrder(2, [bare, site]) // => [site, bare]
 */
export function roundOrder<T>(round: number, sites: readonly T[]): T[] {
	return round % 2 ? [...sites] : [...sites].reverse();
}

/**
 * A cold `astro build` of the site: its time and peak memory. Its output goes beside the dist, in
 * `<dist>.log`, and its end is in the error if it fails. `env` adds to the build's environment
 * (`SKILLS_DIR`).
 * @example
 * await coldBuild(benchSites('.bench').bare) // => { seconds: 8.2, peakMB: 612 }
 */
export async function coldBuild(
	target: Site,
	env: Record<string, string> = {}
): Promise<BuildCost> {
	await Promise.all(target.caches.map((dir) => rm(dir, { recursive: true, force: true })));
	const peakFile = `${target.dist}.peak`;
	// Through this Node (22), not whichever `node` is first on the PATH.
	const command = [process.execPath, astroBin, ...target.build];
	const timed = existsSync(gnuTime) ? [gnuTime, '-f', '%M', '-o', peakFile, ...command] : command;
	const start = performance.now();
	const child = spawn(timed[0]!, timed.slice(1), {
		env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const code = await new Promise<number | null>((done, failed) => {
		child.on('error', failed);
		child.on('close', done);
	});
	const seconds = (performance.now() - start) / 1000;
	await writeFile(`${target.dist}.log`, output);
	if (code !== 0) {
		const command = `astro ${target.build.join(' ')}`;
		throw new Error(
			`${target.label}: ${command} failed (log: ${target.dist}.log):\n${output.slice(-3000)}`
		);
	}
	const kilobytes = timed === command ? NaN : parseInt(await readFile(peakFile, 'utf8'), 10);
	return { seconds, peakMB: Number.isNaN(kilobytes) ? undefined : kilobytes / 1024 };
}
