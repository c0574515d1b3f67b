import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const integration = fileURLToPath(new URL('../../src/heap-growth.ts', import.meta.url));

/**
 * The largest heap of a Node process that keeps 60 MB alive and makes garbage that lives long
 * enough to reach the old generation, as drawing pages does, after running the integration's
 * setup hook for `command` (or not at all). Its collector runs on its own thread only: with
 * helper threads, a machine busy with other tests let marking fall behind and the heap overshoot.
 */
function largestHeapMB(command: string | undefined): number {
	const script = `
		import { heapGrowth } from ${JSON.stringify(integration)};
		const command = ${JSON.stringify(command ?? null)};
		if (command) heapGrowth().hooks['astro:config:setup']({ command });
		const live = [];
		for (let i = 0; i < 300000; i++) live.push({ i, s: 'x'.repeat(200) + i });
		const recent = new Array(50);
		let largest = 0;
		for (let round = 0; round < 2000; round++) {
			recent[round % recent.length] = Array.from({ length: 1000 }, (_, i) => 'y'.repeat(100) + i);
			largest = Math.max(largest, process.memoryUsage().heapTotal);
		}
		console.log(largest / 2 ** 20);`;
	const out = execFileSync(
		process.execPath,
		['--single-threaded-gc', '--input-type=module', '-e', script],
		{
			encoding: 'utf8',
		}
	);
	return Number(out.trim());
}

describe('heapGrowth', () => {
	it(
		'keeps a build’s heap near what it holds alive, and leaves other commands alone',
		{ timeout: 30_000 },
		() => {
			const unset = largestHeapMB(undefined);
			expect(largestHeapMB('build')).toBeLessThan(unset * 0.7);
			expect(largestHeapMB('preview')).toBeGreaterThan(unset * 0.7);
		}
	);
});
