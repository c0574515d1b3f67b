import { describe, expect, test, vi } from 'vitest';
import * as yaml from 'yaml';
import { skillPagesLoader } from '../../src/loaders/skill-pages';
import { skillsLoader } from '../../src/loaders/skills';
import { skillSchema } from '../../src/schema/skill';
import { loaderContext } from '../support/loader-context';
import { loadSkill } from '../support/skills';

// Count the YAML parses of the source reader, without changing what it does.
vi.mock('yaml', async (original) => {
	const actual = await original<typeof import('yaml')>();
	return { ...actual, parseDocument: vi.fn(actual.parseDocument) };
});

const base = 'tests/fixtures/skills';

describe('a build reads each source once', () => {
	test('one YAML parse and one schema run per source, for both loaders', async () => {
		const parses = vi.mocked(yaml.parseDocument);
		const checks = vi.spyOn(skillSchema, 'safeParse');
		parses.mockClear();
		const skills = loaderContext();
		const pages = loaderContext();
		await skillsLoader({ base }).load(skills.context);
		await skillPagesLoader({ base }).load(pages.context);

		const sources = skills.store.size;
		expect(sources).toBeGreaterThan(1);
		expect(parses).toHaveBeenCalledTimes(sources);
		expect(checks).toHaveBeenCalledTimes(sources);
		expect(pages.store.size).toBe(sources * 2);
	});

	test('the skills collection stores the checked skill itself', async () => {
		const { context, store } = loaderContext();
		await skillsLoader({ base }).load(context);
		expect(store.get('edge-cases')!.data).toEqual(loadSkill(`${base}/edge-cases/skill.yaml`));
	});

	test('a skill page says which skill it shows, for Starlight’s route data', async () => {
		const { context, store } = loaderContext();
		await skillPagesLoader({ base }).load(context);
		expect(store.get('zh-cn/skills/edge-cases')!.data).toMatchObject({
			title: '边界情况',
			skill: { name: 'edge-cases', view: 'page' },
		});
	});
});
