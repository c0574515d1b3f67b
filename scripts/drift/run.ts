/**
 * Runs the drift benchmark: for each known skill, condition and seed, a variant of the Chinese is
 * made, imported with the English, and its pairs scored against the truth.
 */
import type { ImportInput, ImportResult } from '../../src/import/import-skill.ts';
import { readSkillMarkdown } from '../../src/skill-md/read.ts';
import { conditions, makeVariant } from './conditions.ts';
import { strangers as strangersOf, type Stranger } from './strangers.ts';
import type { Truth } from '../truth/ground-truth.ts';
import { hashSeed, seeded } from '../truth/random.ts';
import { pairsMade } from './read-pairs.ts';
import { scorePairs, type Score } from './score.ts';
import { units } from '../truth/units.ts';

/** The importer under test: `importSkill`, or any function with its input and output. */
export type Importer = (input: ImportInput) => ImportResult;

export interface DriftOptions {
	importer: Importer;
	/** Variants per skill and condition. */
	seeds: number;
	conditions?: string[];
	/** Where inserted units come from: by default, every other real skill's translation. */
	strangers?: (skill: string) => Stranger[];
}

/** A pair an import made that is not a translation, with the lines of both texts. */
export interface WrongPair {
	en: string;
	enLine: number;
	zh: string;
	zhLine: number;
}

/** One variant's result, to sum per condition and to look into when it went wrong. */
export interface Outcome extends Omit<Score, 'wrong'> {
	skill: string;
	condition: string;
	seed: number;
	/** The variant's Chinese, for a look at what the importer did with it. */
	text: string;
	wrong: WrongPair[];
	/** How many texts the import's report listed as in one language only. */
	listed: number;
}

const files = { en: 'SKILL.md', zh: 'SKILL.zh-CN.md' };
/** Seeds tried for each variant asked for, where a recipe's edits do not come out as meant. */
const attempts = 20;

/**
 * Every variant's outcome; a condition that cannot apply to a skill (one section, no sentence to
 * split) gives it no variant.
 * @example
 * runDrift(truths(), { importer: importSkill, seeds: 5 }).filter((o) => o.condition === 'one deleted')
 */
export function runDrift(known: Truth[], options: DriftOptions): Outcome[] {
	const outcomes: Outcome[] = [];
	for (const truth of known) {
		const english = units(truth.en, files.en);
		const base = units(truth.zh, files.zh);
		const own = new Set(base.map((unit) => unit.text));
		const strangers = (options.strangers ?? strangersOf)(truth.name).filter(
			(unit) => !own.has(unit.text)
		);
		for (const condition of options.conditions ?? Object.keys(conditions)) {
			const made = condition === 'unchanged' ? 1 : options.seeds;
			for (let seed = 0, tried = 0; seed < made && tried < made * attempts; tried++) {
				const random = seeded(hashSeed(`${truth.name}/${condition}`, tried));
				const variant = makeVariant(truth.zh, condition, { base, strangers, random });
				if (variant === undefined) continue;
				const result = options.importer({
					original: readSkillMarkdown(truth.en, files.en),
					translation: readSkillMarkdown(variant.text, files.zh),
				});
				const pairs = pairsMade(result.source, result.tally, english, files.en);
				const { wrong, ...score } = scorePairs(
					pairs,
					variant.traced,
					english.length,
					result.tally,
					files.zh
				);
				outcomes.push({
					skill: truth.name,
					condition,
					seed: tried,
					text: variant.text,
					...score,
					wrong: wrong.map(({ en, zh }) => ({
						en: english[en]!.text,
						enLine: english[en]!.line,
						zh: zh?.text ?? '',
						zhLine: zh?.line ?? 0,
					})),
					listed: result.tally.originalOnly.length + result.tally.translationOnly.length,
				});
				seed++;
			}
		}
	}
	return outcomes;
}
