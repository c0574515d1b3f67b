/**
 * What loading the lexicon costs a fresh process: run as a child of main.ts, it prints its time
 * and memory as JSON.
 *   node scripts/lexicon/load-cost.ts          the lexicon as the site loads it (the kept index)
 *   node scripts/lexicon/load-cost.ts --cold   the index built from the packages' data
 */
import '../lib/resolve-ts.ts';

const { buildIndex } = await import('../../src/lexicon/build-index.ts');
const { lexicon } = await import('../../src/lexicon/load.ts');

const cold = process.argv.includes('--cold');
global.gc?.();
const before = process.memoryUsage();
const start = performance.now();
// Held until measured, so that the collector cannot take it before.
const loaded = cold ? buildIndex() : lexicon();
const ms = performance.now() - start;
global.gc?.();
const after = process.memoryUsage();
const mb = (key: 'heapUsed' | 'rss' | 'external' | 'arrayBuffers') =>
	(after[key] - before[key]) / 1e6;
console.log(
	JSON.stringify({
		ms,
		heapMB: mb('heapUsed'),
		rssMB: mb('rss'),
		externalMB: mb('external'),
		held: loaded !== undefined,
	})
);
