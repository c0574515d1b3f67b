/**
 * The drift benchmark: how right the importer's pairs are when a translation has drifted from
 * its original's structure. For each real skill whose pairs are known (scripts/truth), variants
 * of its Chinese are made under each condition (units deleted, inserted, split, merged, sections
 * swapped or moved: conditions.ts), imported with the English by `importSkill` as it is now, and
 * its pairs scored. Prints a Markdown report and writes it to .bench/drift.md, with every
 * variant's counts in .bench/drift.json.
 * `--skills` names real skills' folders, and `seed:mlops-engineer` for the seed's.
 *   npm run benchmark:drift -- [--seeds 5] [--skills a,b] [--conditions "one deleted;10 % deleted"] [--examples 5]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import '../lib/resolve-ts.ts';

const { importSkill } = await import('../../src/import/import-skill.ts');
const { truths } = await import('../truth/corpus.ts');
const { runDrift } = await import('./run.ts');
const { driftReport } = await import('./report.ts');

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: '5' },
		skills: { type: 'string' },
		conditions: { type: 'string' },
		examples: { type: 'string', default: '5' },
	},
});
const start = performance.now();
const known = truths(values.skills?.split(','));
const outcomes = runDrift(known, {
	importer: importSkill,
	seeds: Number(values.seeds),
	...(values.conditions ? { conditions: values.conditions.split(';') } : {}),
});
const seconds = ((performance.now() - start) / 1000).toFixed(0);
const units = known.reduce((sum, truth) => sum + truth.size, 0);
const report = [
	'# Drift benchmark',
	'',
	`${known.length} skills with known pairs (${units} units), ${values.seeds} variants per skill and condition, importer: \`importSkill\`; ${seconds} s.`,
	'',
	driftReport(outcomes, Number(values.examples)),
].join('\n');
console.log(report);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/drift.md', `${report}\n`);
writeFileSync(
	'.bench/drift.json',
	JSON.stringify(
		outcomes.map(({ text: _, ...outcome }) => outcome),
		null,
		1
	)
);
