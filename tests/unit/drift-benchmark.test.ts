import { describe, expect, it } from 'vitest';
import { importSkill } from '../../src/import/import-skill';
import { readSkillMarkdown } from '../../src/skill-md/read';
import { makeVariant } from '../../scripts/drift/conditions';
import { pairsMade } from '../../scripts/drift/read-pairs';
import { summarize } from '../../scripts/drift/report';
import { runDrift, type Importer } from '../../scripts/drift/run';
import { scorePairs } from '../../scripts/drift/score';
import { strangers } from '../../scripts/drift/strangers';
import { Variant } from '../../scripts/drift/variant';
import { realSkill, truths } from '../../scripts/truth/corpus';
import { groundTruth } from '../../scripts/truth/ground-truth';
import { seeded } from '../../scripts/truth/random';
import { units } from '../../scripts/truth/units';

// The drift benchmark (npm run benchmark:drift) on a few small real skills, one variant per
// condition: fast enough for every test run, and what holds the importer to its budgets.
const sample = [
	'api-patterns',
	'cqrs-implementation',
	'internal-comms',
	'lint-and-validate',
	'webapp-testing',
	'unit-testing-test-generate',
];

/**
 * The least share of pairs made that must be true, per condition, on the sample. Issue 19 asks for
 * 0.995 in every condition of the full benchmark (README, "Measuring alignment"); on a sample of
 * about 130 pairs a condition, that allows no wrong pair, so the sample allows one.
 */
const precisionAtLeast: Record<string, number> = {
	unchanged: 1,
	'one deleted': 0.99,
	'three deleted': 0.99,
	'10 % deleted': 0.99,
	'10 % inserted': 0.99,
	'two sections swapped': 0.99,
	'a section moved': 0.99,
	'5 % split': 0.99,
	'5 % merged': 0.99,
	'10 % deleted, 10 % inserted': 0.99,
};
/** The least share of true pairs still there that must be made: the aligner's on the sample, less
 * a point (issue 19 allows 5 points below the old importer's on the full benchmark). */
const recallAtLeast: Record<string, number> = {
	unchanged: 0.97,
	'one deleted': 0.86,
	'three deleted': 0.87,
	'10 % deleted': 0.87,
	'10 % inserted': 0.89,
	'two sections swapped': 0.97,
	'a section moved': 0.97,
	'5 % split': 0.91,
	'5 % merged': 0.93,
	'10 % deleted, 10 % inserted': 0.87,
};

describe('known pairs', () => {
	it('are the units of a skill whose Chinese has its English’s structure, cut where they part', () => {
		const truth = groundTruth(
			'api-patterns',
			realSkill('api-patterns').en,
			realSkill('api-patterns').zh
		)!;
		expect(truth.size).toBe(30);
		expect(units(truth.en, 'SKILL.md').map((unit) => unit.shape)).toEqual(
			units(truth.zh, 'SKILL.zh-CN.md').map((unit) => unit.shape)
		);
	});

	it('leave out what a translator put before the title, and structure that matches by chance', () => {
		const redTeam = groundTruth(
			'red-team-tactics',
			realSkill('red-team-tactics').en,
			realSkill('red-team-tactics').zh
		)!;
		expect(redTeam.dropped).toEqual([
			'9: 仅限授权使用：仅将此技能用于授权的安全评估、防御验证或受控教育环境。',
		]);
		expect(units(redTeam.zh, 'x')[0]!.text).toBe('基于MITRE ATT&CK框架的对手模拟原则。');
		// crewai's first two units match in kind but are not each other's translation.
		expect(groundTruth('crewai', realSkill('crewai').en, realSkill('crewai').zh)).toBeUndefined();
	});
});

describe('variants', () => {
	const [truth] = truths(['cqrs-implementation']);
	const base = units(truth!.zh, 'SKILL.zh-CN.md');

	it('know where every unit of the base went', () => {
		const variant = new Variant(truth!.zh);
		variant.remove(base[3]!.line, base[3]!.end);
		variant.deleted.add(3);
		const traced = variant.trace(base)!;
		expect(traced).toHaveLength(base.length - 1);
		expect(traced.map((unit) => unit.origins[0])).toEqual(
			base.map((_, id) => id).filter((id) => id !== 3)
		);
	});

	it('are refused when an edit changed more than it meant to', () => {
		const variant = new Variant(truth!.zh);
		// Deleting a line without saying so: the unit is missing from the trace.
		variant.remove(base[3]!.line, base[3]!.end);
		expect(variant.trace(base)).toBeUndefined();
	});

	it('merge two units into one that holds both', () => {
		const variant = makeVariant(truth!.zh, '5 % merged', {
			base,
			strangers: [],
			random: seeded(3),
		})!;
		expect(variant.traced.some((unit) => unit.origins.length === 2)).toBe(true);
	});
});

describe('scoring an import', () => {
	const [truth] = truths(['cqrs-implementation']);
	const english = units(truth!.en, 'SKILL.md');
	const traced = units(truth!.zh, 'SKILL.zh-CN.md').map((unit, id) => ({ ...unit, origins: [id] }));
	const scored = (translation: string) => {
		const result = importSkill({
			original: readSkillMarkdown(truth!.en, 'SKILL.md'),
			translation: readSkillMarkdown(translation, 'SKILL.zh-CN.md'),
		});
		return scorePairs(
			pairsMade(result.source, result.tally, english, 'SKILL.md'),
			traced,
			english.length,
			result.tally,
			'SKILL.zh-CN.md'
		);
	};

	it('reads the texts inside a callout, as the known pairs count them', () => {
		const md = (lines: string[]) => `---\nname: x\ndescription: d\n---\n\n${lines.join('\n')}\n`;
		const en = md(['# X', '', '> [!TIP]', '> Run the tests first.', '', 'Then ship.']);
		const zh = md(['# X', '', '> [!TIP]', '> 先运行测试。', '', '然后发布。']);
		const result = importSkill({
			original: readSkillMarkdown(en, 'SKILL.md'),
			translation: readSkillMarkdown(zh, 'SKILL.zh-CN.md'),
		});
		const made = pairsMade(result.source, result.tally, units(en, 'SKILL.md'), 'SKILL.md');
		expect(made.map(({ zh }) => zh)).toContain('先运行测试。');
	});

	it('finds every pair of an unchanged translation right', () => {
		expect(scored(truth!.zh)).toMatchObject({
			made: 20,
			right: 20,
			possible: 20,
			unknown: 0,
			wrong: [],
		});
	});

	it('counts a pair with a text that is no translation as wrong', () => {
		// The English paired with itself: every pair is wrong.
		const score = scored(truth!.en);
		expect(score.right).toBe(0);
		expect(score.unknown).toBe(score.made);
	});
});

describe('the importer on drifted translations', () => {
	// Inserted units from three skills outside the sample: reading every skill's would take longer.
	const from = ['crewai', 'langgraph', 'shopify-apps'];
	const outcomes = runDrift(truths(sample), {
		importer: importSkill as Importer,
		seeds: 1,
		strangers: (name) => strangers(name, from),
	});

	const results = summarize(outcomes);

	it('is measured in every condition', () => {
		expect(results.map((result) => result.condition)).toEqual(Object.keys(precisionAtLeast));
	});

	it.each(results)('keeps its precision and recall budget: $condition', (result) => {
		expect(result.precision).toBeGreaterThanOrEqual(precisionAtLeast[result.condition]!);
		expect(result.recall).toBeGreaterThanOrEqual(recallAtLeast[result.condition]!);
	});
});
