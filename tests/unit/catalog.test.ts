import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { catalog } from '../../src/catalog/catalog';
import { translationShare } from '../../src/catalog/translation';
import { skillModel } from '../../src/model/skill-model';
import { loadSkill, readProjectFile } from '../support/skills';

const fixture = (name: string) => `tests/fixtures/skills/${name}/skill.yaml`;

/** A fixture skill under another name, title and category, as a library has many. */
function variant(name: string, title: [string, string], category?: [string, string]) {
	const skill = loadSkill(fixture('edge-cases'));
	return skillModel({
		...skill,
		name,
		title: { en: title[0], zh: title[1] },
		category: category && { en: category[0], zh: category[1] },
	});
}

describe('the catalog', () => {
	const skills = [
		variant('db', ['Postgres tuning', '数据库调优'], ['Databases', '数据库']),
		variant('ui', ['Zebra tables', '斑马表格'], ['Frontend UI', '前端UI']),
		variant('auth', ['Auth review', '认证审查'], ['Security', '安全']),
		variant('misc', ['Anything', '杂项']),
		variant('index', ['Indexes', '索引'], ['Databases', '数据库']),
	];
	const shape = (key: 'en' | 'zh') =>
		catalog(skills, key).map(({ label, skills }) => [label, skills.map((s) => s.name)]);

	test('groups by category, sorted as the reader’s language sorts, “Other” last', () => {
		expect(shape('en')).toEqual([
			['Databases', ['index', 'db']],
			['Frontend UI', ['ui']],
			['Security', ['auth']],
			['Other', ['misc']],
		]);
		// Chinese sorts by pinyin: ān (安全), qián (前端UI), shù (数据库), and shù (数据库调优) before suǒ (索引).
		expect(shape('zh')).toEqual([
			['安全', ['auth']],
			['前端UI', ['ui']],
			['数据库', ['db', 'index']],
			['其他', ['misc']],
		]);
	});

	test('puts a category named “Other” (其他) in the one “Other” group', () => {
		const named = [...skills, variant('other', ['Odd', '零散'], ['Other', '其他'])];
		for (const key of ['en', 'zh'] as const) {
			const groups = catalog(named, key);
			expect(groups.filter(({ label }) => label === groups.at(-1)!.label)).toHaveLength(1);
			expect(
				groups
					.at(-1)!
					.skills.map((s) => s.name)
					.sort()
			).toEqual(['misc', 'other']);
		}
	});

	test('has no “Other” group when every skill has a category', () => {
		expect(catalog(skills.slice(0, 3), 'en').map(({ other }) => other)).toEqual([
			false,
			false,
			false,
		]);
	});
});

/** Pairs of Markdown in a source as written, nested ones included, and those marked
 * `untranslated`, counted from its YAML. */
function countPairs(path: string) {
	const counts = { total: 0, untranslated: 0 };
	const walk = (value: unknown, key?: string) => {
		if (Array.isArray(value)) return value.forEach((item) => walk(item));
		if (typeof value !== 'object' || value === null) return;
		const record = value as Record<string, unknown>;
		// Code and HTML blocks are raw text, not pairs of Markdown (model/blocks.ts).
		if (['code', 'html'].includes(key!)) return;
		if (
			('en' in record || 'zh' in record) &&
			!['title', 'description', 'category'].includes(key!)
		) {
			counts.total++;
			if ('untranslated' in record) counts.untranslated++;
			// A list item's pair holds more blocks after its first paragraph.
			return walk(record.body);
		}
		for (const [k, v] of Object.entries(record)) walk(v, k);
	};
	walk(parse(readProjectFile(path)));
	return counts;
}

describe('translation share', () => {
	test.each([
		['content/skills/mlops-engineer/skill.yaml'],
		[fixture('pending-translations')],
		[fixture('edge-cases')],
	])('counts every pair of %s and those translated', (path) => {
		const { total, untranslated } = countPairs(path);
		expect(translationShare(skillModel(loadSkill(path)))).toEqual({
			translated: total - untranslated,
			total,
		});
	});

	test('the fixture with pending translations is counted as partly translated', () => {
		expect(countPairs(fixture('pending-translations')).untranslated).toBeGreaterThan(0);
	});
});
