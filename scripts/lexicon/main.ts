/**
 * Measures the lexicon (src/lexicon): its load time and memory, what a text and a pair cost, and
 * how well its evidence tells the real skills' true pairs from wrong pairs of the same skill,
 * beside today's importer similarity. Prints a Markdown report and writes .bench/lexicon.md.
 *   npm run benchmark:lexicon
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import '../lib/resolve-ts.ts';

const { truths } = await import('../truth/corpus.ts');
const { knownPairs, wrongPairs } = await import('../truth/pairs.ts');
const { hashSeed, seeded } = await import('../truth/random.ts');
const { callCosts, loadCost } = await import('./measure.ts');
const { auc, falseAccepts, quantiles, topOneShare } = await import('./separation.ts');
const { translationEvidence } = await import('../../src/lexicon/evidence.ts');
const { lexicon } = await import('../../src/lexicon/load.ts');
const { textSimilarity } = await import('../../src/import/align/similarity.ts');

lexicon(); // builds and keeps the index if this is the first run, so the warm loads below read it
const cold = loadCost(true);
const warm = [0, 1, 2].map(() => loadCost(false)).sort((a, b) => a.ms - b.ms)[1]!;

// Code is compared as code, not by the dictionary.
const pairs = knownPairs(truths()).filter(
	(pair) => pair.kind !== 'code block' && pair.kind !== 'html block'
);
const costs = callCosts(pairs);
const random = wrongPairs(pairs, seeded(hashSeed('lexicon', 1)));
const near = wrongPairs(pairs, seeded(hashSeed('lexicon', 2)), 3);

type Pair = (typeof pairs)[number];
const scores: Record<string, (pair: Pair) => number> = {
	'dictionary (translationEvidence)': (pair) => translationEvidence(pair.en, pair.zh).score,
	'shared tokens and length (today’s textSimilarity)': (pair) => textSimilarity(pair.en, pair.zh),
	'the mean of both': (pair) =>
		(translationEvidence(pair.en, pair.zh).score + textSimilarity(pair.en, pair.zh)) / 2,
};
const dictionary = scores['dictionary (translationEvidence)']!;
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const at = [0.1, 0.25, 0.5, 0.75, 0.9];
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

const lines = [
	'# Lexicon: dictionary evidence of translation',
	'',
	`${pairs.length} true pairs of ${new Set(pairs.map((pair) => pair.skill)).size} known skills (headings, paragraphs, list items, tables), each against a wrong pair: its English with the Chinese of another unit of the same kind in the same skill, at random or at most three units away.`,
	'',
	'## Cost',
	'',
	row(['', 'time', 'JS heap', 'buffers', 'RSS']),
	row(['---', '---:', '---:', '---:', '---:']),
	...[
		['load, first run (index built from the packages’ data)', cold],
		['load, later runs (index read from node_modules/.cache)', warm],
	].map(([name, cost]) => {
		const { ms, heapMB, externalMB, rssMB } = cost as typeof cold;
		return row([
			name as string,
			`${ms.toFixed(0)} ms`,
			`${heapMB.toFixed(1)} MB`,
			`${externalMB.toFixed(1)} MB`,
			`${rssMB.toFixed(0)} MB`,
		]);
	}),
	row(['an English text analysed (`englishSide`)', `${costs.english.toFixed(1)} µs`, '', '', '']),
	row(['a Chinese text analysed (`chineseSide`)', `${costs.chinese.toFixed(1)} µs`, '', '', '']),
	row([
		'two analysed texts compared (`compareSides`)',
		`${costs.compare.toFixed(2)} µs`,
		'',
		'',
		'',
	]),
	row([
		'a pair from its texts (`translationEvidence`)',
		`${costs.evidence.toFixed(1)} µs`,
		'',
		'',
		'',
	]),
	'',
	'## Separation (ROC AUC: the chance that a true pair scores above a wrong one)',
	'',
	row([
		'score',
		'wrong pair at random',
		'wrong pair nearby',
		'translation ranked first among neighbours (±3)',
	]),
	row(['---', '---:', '---:', '---:']),
	...Object.entries(scores).map(([name, score]) =>
		row([
			name,
			auc(pairs.map(score), random.map(score)).toFixed(3),
			auc(pairs.map(score), near.map(score)).toFixed(3),
			percent(topOneShare(pairs, (en, zh) => score({ ...pairs[0]!, en, zh }), 3)),
		])
	),
	'',
	'By kind (dictionary score, wrong pair nearby):',
	'',
	row(['kind', 'true pairs', 'AUC']),
	row(['---', '---:', '---:']),
	...['heading', 'paragraph', 'list item', 'table'].map((kind) => {
		const [p, n] = [pairs, near].map((list) =>
			list.filter((pair) => pair.kind === kind).map(dictionary)
		);
		return row([kind, p!.length, n!.length > 0 ? auc(p!, n!).toFixed(3) : '–']);
	}),
	'',
	'Score distributions (dictionary score):',
	'',
	row(['pairs', ...at.map((share) => `p${share * 100}`), 'score 0']),
	row(['---', ...at.map(() => '---:'), '---:']),
	...[
		['true', pairs],
		['wrong, at random', random],
		['wrong, nearby', near],
	].map(([name, list]) => {
		const values = (list as Pair[]).map(dictionary);
		return row([
			name as string,
			...quantiles(values, at).map((value) => value.toFixed(2)),
			percent(values.filter((value) => value === 0).length / values.length),
		]);
	}),
	'',
	'What a threshold on the dictionary score lets through:',
	'',
	row([
		'true pairs kept',
		'threshold',
		'wrong pairs at random above it',
		'wrong pairs nearby above it',
	]),
	row(['---:', '---:', '---:', '---:']),
	...[0.99, 0.95, 0.9, 0.8].map((keep) => {
		const [p, r, n] = [pairs, random, near].map((list) => list.map(dictionary));
		const [a, b] = [falseAccepts(p!, r!, keep), falseAccepts(p!, n!, keep)];
		return row([percent(keep), a.threshold.toFixed(2), percent(a.share), percent(b.share)]);
	}),
];
const report = lines.join('\n');
console.log(report);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/lexicon.md', `${report}\n`);
