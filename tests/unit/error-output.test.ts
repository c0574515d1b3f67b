import { describe, expect, test } from 'vitest';
import { skillsLoader } from '../../src/loaders/skills';
import { skillPagesLoader } from '../../src/loaders/skill-pages';
import { sourceChecksLoader } from '../../src/loaders/source-checks';
import { SkillSourceError } from '../../src/source/problems';
import { loaderContext } from '../support/loader-context';
import { sourceError } from '../support/skills';

// Astro's own formatter, which its package does not export: loaded by its path in node_modules.
const astro = new URL('../../node_modules/astro/dist/', import.meta.url);
const { collectErrorMetadata } = await import(new URL('core/errors/dev/utils.js', astro).href);
const { formatErrorMessage } = await import(new URL('core/messages/runtime.js', astro).href);

// What `astro build` prints for an error that stops it (cli/throw-and-exit.js), colours aside.
const printed = (error: Error) =>
	formatErrorMessage(collectErrorMetadata(error), true).replace(/\x1b\[[0-9;]*m/g, '');

describe('a build error as Astro prints it', () => {
	test('leads with the file, line and column, then the fix; no name, location or stack', () => {
		const text = printed(sourceError('missing-zh'));
		expect(text.split('\n')[0]).toBe(
			'tests/fixtures/invalid/missing-zh.yaml:16:13 section “Capabilities”, block 1, list item 2, zh: has no Chinese text (`zh`).'
		);
		expect(text).toContain('Hint:\n    Add `zh:` with the Chinese text.');
		expect(text).not.toMatch(/\[SkillSourceError\]|Location:|Stack trace:|\bat \S+ \(/);
	});

	test('several sources: every problem with its fix', () => {
		const text = printed(
			SkillSourceError.combine([sourceError('missing-zh'), sourceError('empty-text')])
		);
		expect(text).toMatch(/^tests\/fixtures\/invalid\/missing-zh\.yaml:16:13 /);
		expect(text).toContain('\ntests/fixtures/invalid/empty-text.yaml:11:');
		expect(text.match(/\n {4}Fix: /g)).toHaveLength(2);
		expect(text).not.toMatch(/Stack trace:|Location:/);
	});

	test('a source that mentions “document” does not get Astro’s hint about browser APIs', () => {
		expect(printed(sourceError('second-document'))).not.toContain('Browser APIs');
	});
});

describe('in astro dev', () => {
	const base = 'tests/fixtures/invalid-dev';

	test('a broken source is reported once in all, and stored for its pages to show', async () => {
		const errors: string[] = [];
		const run = async (loader: { load: (context: never) => Promise<void> }) => {
			const { context, store } = loaderContext();
			Object.assign(context, {
				watcher: { add() {}, on() {} },
				logger: { info() {}, warn() {}, debug() {}, error: (m: string) => errors.push(m) },
			});
			await loader.load(context as never);
			return store;
		};
		const skills = await run(skillsLoader({ base }));
		const pages = await run(skillPagesLoader({ base }));
		const checks = await run(sourceChecksLoader({ base }));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^tests\/fixtures\/invalid-dev\/broken\/skill\.yaml:\d+:\d+ /);
		expect([...skills.keys()]).toEqual(['good']);
		expect(pages.size).toBe(2);
		expect(checks.get('broken')!.data.problem).toMatchObject({
			file: 'tests/fixtures/invalid-dev/broken/skill.yaml',
			message: expect.stringContaining('has no Chinese text'),
		});
		// A good source has an entry with no problem: Astro warns at each read of an empty collection.
		expect(checks.get('good')!.data).toEqual({});
	});
});
