/**
 * The unchanged pairs a check must let pass: the seed's hand-aligned mlops-engineer (every pair of
 * content/skills/mlops-engineer/skill.yaml, title and description included), and the known pairs
 * of the real skills whose Chinese matches the English's structure (scripts/truth).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { original, translation } from '../../src/import/align/pairing.ts';
import type { SourcePair, SourceSkill } from '../../src/import/source-shape.ts';
import { sourceTexts } from '../drift/read-pairs.ts';
import { seedName, truths } from '../truth/corpus.ts';
import { knownPairs } from '../truth/pairs.ts';
import type { CheckedPair } from './pair.ts';

const seedSource = 'content/skills/mlops-engineer/skill.yaml';

/** A pair of a set, with its skill and place there: alterations take another pair's text nearby. */
export interface SetPair extends CheckedPair {
	skill: string;
	index: number;
}

/**
 * The seed's pairs: its title, description and every text of its body that has a Chinese.
 * @example
 * seedPairs().length // => 184
 */
export function seedPairs(): SetPair[] {
	const source = parse(readFileSync(seedSource, 'utf8')) as SourceSkill;
	const of = (kind: CheckedPair['kind'], pair: SourcePair, index: number): SetPair[] =>
		pair[translation] === undefined
			? []
			: [
					{
						kind,
						en: pair[original]!,
						zh: pair[translation]!,
						at: `${seedSource}#${index}`,
						skill: seedName,
						index,
					},
				];
	return [
		...of('title', source.title, 0),
		...of('description', source.description, 1),
		...sourceTexts(source).flatMap((found, index) =>
			'pair' in found ? of(found.kind, found.pair, index + 2) : []
		),
	];
}

/**
 * The real skills' known pairs (the seed's left to `seedPairs`), of every skill or those named.
 * @example
 * realPairs().length // => 3,146
 */
export function realPairs(names?: string[]): SetPair[] {
	const real = truths(names).filter((truth) => truth.name !== seedName);
	return knownPairs(real).map((pair) => ({
		kind: pair.kind,
		en: pair.en,
		zh: pair.zh,
		lang: pair.lang,
		at: `tests/fixtures/real-skills/${pair.skill}/SKILL.md:${pair.enLine}`,
		skill: pair.skill,
		index: pair.index,
	}));
}
