import { describe, expect, it } from 'vitest';
import { alterations } from '../../scripts/pair-check/alterations';
import type { PairCheck } from '../../scripts/pair-check/pair';
import { proseMatches } from '../../scripts/pair-check/prose-spans';
import { runPairCheck } from '../../scripts/pair-check/run';
import { realPairs, seedPairs, type SetPair } from '../../scripts/pair-check/sets';
import { tokenCheck } from '../../scripts/pair-check/stand-in';
import { seeded } from '../../scripts/truth/random';

// Real pairs: the seed's, and those of a few real skills (npm run benchmark:pair-check runs all).
const seed = seedPairs();
const real = realPairs([
	'lint-and-validate',
	'webapp-testing',
	'internal-comms',
	'shopify-development',
]);
const all = [...seed, ...real];
const find = (zh: string) => all.find((pair) => pair.zh.includes(zh))!;
const alter = (name: string, pair: SetPair, seedNumber = 1) =>
	alterations[name]!(pair, { random: seeded(seedNumber), pairs: all });

/**
 * The check the benchmark holds to issue 19's budgets, and the alterations it must catch. Today
 * the stand-in, which compares tokens only; when the site's check lands, point `check` at it and
 * add the modal, negation and other-pair alterations to `mustCatch`.
 */
const check: PairCheck = tokenCheck;
const mustCatch = [
	'a number changed',
	'an inline code span changed',
	'a command in a code block changed',
	'a link target changed',
];

describe('the sets of true pairs', () => {
	it('hold every pair of the seed, title and description too', () => {
		expect(seed).toHaveLength(184);
		expect(seed[0]).toMatchObject({ kind: 'title', en: 'MLOps Engineer', zh: 'MLOps工程师' });
	});

	it('hold the real skills’ known pairs, with their lines', () => {
		expect(find('每次代码变更后必须运行相应的验证工具')).toMatchObject({
			kind: 'paragraph',
			en: '**MANDATORY:** Run appropriate validation tools after EVERY code change. Do not finish a task until the code is error-free.',
			at: 'tests/fixtures/real-skills/lint-and-validate/SKILL.md:9',
		});
	});
});

describe('alterations of the Chinese', () => {
	it('change a number of the prose, not of a name', () => {
		const pair = { ...find('MLOps工程师'), zh: '在 ES2022 中等待 5 秒' };
		expect(alter('a number changed', pair)).toBe('在 ES2022 中等待 6 秒');
	});

	it('change an inline code span to another pair’s code', () => {
		const pair = find('**类型检查：** `npx tsc --noEmit`');
		const altered = alter('an inline code span changed', pair)!;
		expect(altered).toMatch(/^\*\*类型检查：\*\* `[^`]+`$/);
		expect(altered).not.toBe(pair.zh);
	});

	it('change a command in a code block, not a comment', () => {
		const pair = find("page.goto('http://localhost:5173') # 服务器已运行并就绪");
		const altered = alter('a command in a code block changed', pair)!.split('\n');
		const lines = pair.zh.split('\n');
		const changed = lines.flatMap((line, index) => (line === altered[index] ? [] : [line]));
		expect(changed).toHaveLength(1);
		expect(changed[0]).not.toMatch(/^\s*#/);
	});

	it('weaken an instruction and drop a negation, in the prose only', () => {
		const must = { ...find('MLOps工程师'), zh: '每次代码变更后必须运行 `npm run 必须`。' };
		expect(alter('a modal weakened (必须 → 可以 …)', must)).toBe(
			'每次代码变更后可以运行 `npm run 必须`。'
		);
		const notFor = seed.find((pair) => pair.zh === '不适用场景')!;
		expect(alter('a negation dropped', notFor)).toBe('适用场景');
	});

	it('change a link target', () => {
		const pair = {
			...find('MLOps工程师'),
			zh: '见 [文档](https://docs.example.com/a) 与 [清单](checklists.md)',
		};
		const altered = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => alter('a link target changed', pair, n));
		expect(altered).toContain('见 [文档](https://evil.example/a) 与 [清单](checklists.md)');
		expect(altered).toContain('见 [文档](https://docs.example.com/a) 与 [清单](checklists-old.md)');
	});

	it('put in the Chinese of another pair of the same kind nearby', () => {
		const pair = seed.find((item) => item.en === 'Use this skill when')!;
		expect(alter('another pair’s Chinese', pair)).toBe('不适用场景');
	});

	it('find prose outside code spans and link targets', () => {
		expect(proseMatches('Run `npm i 2` 3 times, see [x](https://a.example/4)', /\d/g)).toEqual([
			{ index: 14, text: '3' },
		]);
	});
});

describe('a check on the benchmark', () => {
	const results = runPairCheck(check, { seed, real });

	it('passes the unchanged pairs (at most 3 % flagged)', () => {
		for (const result of results.unchanged)
			expect(result.flagged / result.pairs).toBeLessThanOrEqual(0.03);
	});

	it.each(mustCatch)('flags at least 90 percent of the pairs with %s', (name) => {
		const result = results.altered.find((item) => item.name === name)!;
		expect(result.pairs).toBeGreaterThan(0);
		expect(result.flagged / result.pairs).toBeGreaterThanOrEqual(0.9);
	});

	it('is measured, not assumed: a check that flags nothing catches nothing', () => {
		const none = runPairCheck(() => [], { seed });
		expect(none.altered.every((result) => result.flagged === 0)).toBe(true);
		expect(
			none.altered.find((result) => result.name === 'a negation dropped')!.pairs
		).toBeGreaterThan(0);
	});
});
