import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { Skill } from '../schema/skill';
import { readSkills, skillsBase, type SkillSource } from '../source/read-skills';
import { SkillSourceError, type SourceError } from '../source/problems';

export { defaultSkillsBase } from '../source/read-skills';

/** Stores the entries of one checked skill and returns their ids; `skills` names every skill. */
export type StoreSkill = (
	skill: Skill,
	filePath: string,
	skills: ReadonlySet<string>
) => Promise<string[]>;
/** Stores what is wrong with a broken source (in `astro dev`) and returns the entries' ids. */
export type StoreBroken = (source: SkillSource & { error: SkillSourceError }) => string[];

// Every loader reads every source, and the reader returns the same error for the same bytes:
// each error and warning is printed once, by whichever loader meets it first.
const reported = new WeakSet<SourceError>();
function reportOnce(context: LoaderContext, error: SourceError, level: 'warn' | 'error') {
	if (reported.has(error)) return;
	reported.add(error);
	const note =
		level === 'error'
			? '\n  Its pages show this error until it is fixed; the other skills update as usual.'
			: '';
	context.logger[level](`${error.report}${note}`);
}

/**
 * Runs `store` for every good skill source and removes entries whose source went away. A bad
 * source stops a build, with every bad source's problems. In `astro dev` it runs again when a
 * source changes, so pages update without a restart; a bad source is reported once, and keeps
 * its last good entries (or gets those of `storeBroken`), while every other skill goes on updating.
 * @example
 * load: (context) => syncSkillSources(context, 'content/skills', async (skill) => [skill.name])
 */
export async function syncSkillSources(
	context: LoaderContext,
	base: string,
	store: StoreSkill,
	storeBroken?: StoreBroken
): Promise<void> {
	const idsOf = new Map<string, string[]>();
	const sync = async () => {
		const sources = await readSkills(base, context.config.root);
		for (const { warning } of sources) if (warning) reportOnce(context, warning, 'warn');
		const broken = sources.filter((source) => source.error);
		if (broken.length > 0 && !context.watcher) {
			throw broken.length === 1
				? broken[0]!.error
				: SkillSourceError.combine(broken.map((s) => s.error!));
		}
		const kept = new Set<string>();
		const skills = new Set(sources.map((source) => source.skill?.name ?? source.folder));
		for (const source of sources) {
			const ids = source.skill
				? await store(source.skill, source.filePath, skills)
				: storeBroken
					? storeBroken(source as SkillSource & { error: SkillSourceError })
					: (idsOf.get(source.folder) ?? []);
			if (source.error) reportOnce(context, source.error, 'error');
			idsOf.set(source.folder, ids);
			for (const id of ids) kept.add(id);
		}
		for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
	};
	await sync();

	const { watcher } = context;
	if (!watcher) return;
	const dir = fileURLToPath(
		new URL(`${skillsBase(base, context.config.root)}/`, context.config.root)
	);
	watcher.add(dir);
	const onChange = async (path: string) => {
		if (!path.startsWith(dir)) return;
		await sync();
		context.logger.info(`Reloaded ${path.slice(dir.length)}`);
	};
	for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const)
		watcher.on(event, onChange);
}
