/**
 * The pair-check benchmark: how many of the real skills' true pairs a check flags when their
 * Chinese was altered (alterations.ts), and how many it flags unchanged (the seed's pairs, and the
 * known pairs of the real skills). Prints a Markdown report and writes .bench/pair-check.md.
 *   npm run benchmark:pair-check -- [--check <file>#<export>] [--examples 5]
 * The check is any function `(pair) => findings[]` (pair.ts); without `--check`, the stand-in
 * of stand-in.ts, which compares numbers, inline code, links and code lines only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import '../lib/resolve-ts.ts';
import type { PairCheck } from './pair.ts';

const { values } = parseArgs({
	options: { check: { type: 'string' }, examples: { type: 'string', default: '5' } },
});
const { realPairs, seedPairs } = await import('./sets.ts');
const { runPairCheck } = await import('./run.ts');
const { pairCheckReport } = await import('./report.ts');

async function loadCheck(spec: string | undefined): Promise<{ name: string; check: PairCheck }> {
	if (!spec)
		return {
			name: 'the stand-in (scripts/pair-check/stand-in.ts)',
			check: (await import('./stand-in.ts')).tokenCheck,
		};
	const [path, exported = 'default'] = spec.split('#');
	const module = (await import(pathToFileURL(resolve(path!)).href)) as Record<string, PairCheck>;
	if (typeof module[exported] !== 'function')
		throw new Error(`${path} exports no function ${exported}`);
	return { name: `\`${spec}\``, check: module[exported] };
}

const { name, check } = await loadCheck(values.check);
const results = runPairCheck(check, {
	'the seed’s pairs (mlops-engineer)': seedPairs(),
	'real pairs whose Chinese matches the English’s structure': realPairs(),
});
const report = [
	'# Pair-check benchmark',
	'',
	`Check: ${name}.`,
	'',
	pairCheckReport(results, Number(values.examples)),
].join('\n');
console.log(report);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/pair-check.md', `${report}\n`);
