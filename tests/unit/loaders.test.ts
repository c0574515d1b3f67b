import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import * as yaml from 'yaml';
import { skillPagesLoader } from '../../src/loaders/skill-pages';
import { packSkill, unpackSkill, type PackedSkill } from '../../src/loaders/packed-skill';
import { skillsLoader } from '../../src/loaders/skills';
import { sourceChecksLoader } from '../../src/loaders/source-checks';
import { skillSchema } from '../../src/schema/skill';
import { readSkills, skillsBase } from '../../src/source/read-skills';
import { loaderContext } from '../support/loader-context';
import { loadModel, loadSkill } from '../support/skills';

// Count the YAML parses of the source reader, and its reads of the library, without changing
// what they do.
vi.mock('yaml', async (original) => {
	const actual = await original<typeof import('yaml')>();
	return { ...actual, parseDocument: vi.fn(actual.parseDocument) };
});
vi.mock('../../src/source/read-skills', async (original) => {
	const actual = await original<typeof import('../../src/source/read-skills')>();
	return { ...actual, readSkills: vi.fn(actual.readSkills) };
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

	test('the three loaders read the library once between them, run at once as Astro runs them', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'skills-'));
		await cp(base, dir, { recursive: true });
		const reads = vi.mocked(readSkills);
		reads.mockClear();
		const [skills, pages, checks] = [loaderContext(), loaderContext(), loaderContext()];
		await Promise.all([
			skillsLoader({ base: dir }).load(skills.context),
			skillPagesLoader({ base: dir }).load(pages.context),
			sourceChecksLoader({ base: dir }).load(checks.context),
		]);
		expect(reads).toHaveBeenCalledTimes(1);
		expect(checks.store.size).toBe(skills.store.size);
		await rm(dir, { recursive: true });
	});

	test('the skills collection stores the checked skill itself, packed', async () => {
		const { context, store } = loaderContext();
		await skillsLoader({ base }).load(context);
		const { data } = store.get('edge-cases')!;
		expect(unpackSkill('edge-cases', data as unknown as PackedSkill)).toEqual(
			loadSkill(`${base}/edge-cases/skill.yaml`)
		);
	});

	test('a skill page says which skill it shows, for Starlight’s route data', async () => {
		const { context, store } = loaderContext();
		await skillPagesLoader({ base }).load(context);
		expect(store.get('zh-cn/skills/edge-cases')!.data).toMatchObject({
			title: '边界情况',
			skill: { name: 'edge-cases', view: 'page' },
		});
	});

	test('a skill page holds its sections for “On this page”, and no HTML', async () => {
		const { context, store } = loaderContext();
		await skillPagesLoader({ base }).load(context);
		const skill = loadModel(`${base}/edge-cases/skill.yaml`);
		// The body is drawn when the page is served (views/page-html.ts), not kept in the store.
		expect(store.get('zh-cn/skills/edge-cases')!.rendered).toEqual({
			html: '',
			metadata: { headings: skill.headings.zh },
		});
	});
});

describe('astro dev syncs only the source that changed', () => {
	/** A copy of the fixture skills to change, and a dev-mode pages loader over it. */
	async function devLibrary() {
		const dir = await mkdtemp(join(tmpdir(), 'skills-'));
		await cp(base, dir, { recursive: true });
		const dev = loaderContext({ watch: true });
		const stored = vi.spyOn(dev.context.store, 'set');
		const digests = vi.spyOn(dev.context, 'generateDigest');
		await skillPagesLoader({ base: dir }).load(dev.context);
		stored.mockClear();
		digests.mockClear();
		return { dir, ...dev, stored, digests };
	}

	test('an edit makes that skill’s pages again, and no other skill’s', async () => {
		const { dir, store, watcher, stored, digests } = await devLibrary();
		const file = join(dir, 'edge-cases', 'skill.yaml');
		const text = await readFile(file, 'utf8');
		const title = yaml.parse(text).title.zh as string;
		await writeFile(file, text.replace(`zh: ${title}`, `zh: ${title}（新）`));
		watcher!.emit('change', file);
		await vi.waitFor(() =>
			expect(store.get('zh-cn/skills/edge-cases')!.data.title).toBe(`${title}（新）`)
		);
		// Both its pages are made again (digests), the changed one stored; no other skill is touched.
		expect(
			digests.mock.calls.map(([page]) => (page as { frontmatter: object }).frontmatter)
		).toEqual([
			expect.objectContaining({ skill: { name: 'edge-cases', view: 'page' } }),
			expect.objectContaining({ skill: { name: 'edge-cases', view: 'page' } }),
		]);
		expect(stored.mock.calls.map(([entry]) => entry.id)).toEqual(['zh-cn/skills/edge-cases']);
	});

	test('a deleted source, or its whole folder, takes its pages away and leaves the others', async () => {
		const { dir, store, watcher } = await devLibrary();
		const before = store.size;
		await rm(join(dir, 'edge-cases'), { recursive: true });
		watcher!.emit('unlink', join(dir, 'edge-cases', 'skill.yaml'));
		await vi.waitFor(() => expect(store.has('skills/edge-cases')).toBe(false));
		expect(store.size).toBe(before - 2);
		await rm(join(dir, 'unsafe-content'), { recursive: true });
		watcher!.emit('unlinkDir', join(dir, 'unsafe-content'));
		await vi.waitFor(() => expect(store.has('zh-cn/skills/unsafe-content')).toBe(false));
		expect(store.size).toBe(before - 4);
	});

	test('a new source adds its pages; files beside a source are not sources', async () => {
		const { dir, store, watcher, stored } = await devLibrary();
		await cp(join(dir, 'edge-cases'), join(dir, 'edge-cases-2'), { recursive: true });
		const file = join(dir, 'edge-cases-2', 'skill.yaml');
		await writeFile(
			file,
			(await readFile(file, 'utf8')).replace('name: edge-cases', 'name: edge-cases-2')
		);
		watcher!.emit('change', join(dir, 'edge-cases', 'notes.md'));
		watcher!.emit('add', file);
		await vi.waitFor(() => expect(store.has('skills/edge-cases-2')).toBe(true));
		expect(stored).toHaveBeenCalledTimes(2);
	});
});

describe('a packed skill', () => {
	const skill = loadSkill(`${base}/edge-cases/skill.yaml`);

	test('comes back as the same object while its text is the same (astro dev reloads the store)', () => {
		const first = unpackSkill('packed-test', packSkill(skill));
		expect(first).toEqual(skill);
		expect(unpackSkill('packed-test', structuredClone(packSkill(skill)))).toBe(first);
	});

	test('comes back anew once it changed', () => {
		const first = unpackSkill('packed-change', packSkill(skill));
		const edited = { ...skill, title: { ...skill.title, en: 'Edited' } };
		const again = unpackSkill('packed-change', packSkill(edited));
		expect(again).not.toBe(first);
		expect(again.title.en).toBe('Edited');
	});
});

describe('SKILLS_DIR, the folder of the sources', () => {
	const root = new URL('../../', import.meta.url);
	test('is taken relative to the project, or as an absolute path', () => {
		const absolute = fileURLToPath(new URL('tests/fixtures/skills', root));
		expect(skillsBase('tests/fixtures/skills', root)).toBe('tests/fixtures/skills');
		expect(skillsBase(absolute, root)).toBe('tests/fixtures/skills');
		expect(skillsBase(`${absolute}/`, root)).toBe('tests/fixtures/skills');
	});

	test('read from an absolute path finds the same skills', async () => {
		const absolute = fileURLToPath(new URL('tests/fixtures/skills', root));
		const names = async (base: string) =>
			(await readSkills(base, root)).map(({ skill, folder }) => skill?.name ?? folder);
		expect(await names(absolute)).toEqual(await names('tests/fixtures/skills'));
	});
});
