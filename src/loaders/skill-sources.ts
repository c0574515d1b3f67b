import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { Skill } from '../schema/skill';
import { readSkills, skillsBase } from '../source/read-skills';
import { SkillSourceError } from '../source/problems';

export { defaultSkillsBase } from '../source/read-skills';

/** Stores the entries of one checked skill and returns their ids. */
export type StoreSkill = (skill: Skill, filePath: string) => Promise<string[]>;

/**
 * Runs `store` for every good skill source and removes entries whose source went away. A bad
 * source stops a build, with every bad source's problems. In `astro dev` it runs again when a
 * source changes, so pages update without a restart; a bad source is reported and keeps its last
 * good pages, while every other skill goes on updating.
 * @example
 * load: (context) => syncSkillSources(context, 'content/skills', async (skill) => [skill.name])
 */
export async function syncSkillSources(
	context: LoaderContext,
	base: string,
	store: StoreSkill
): Promise<void> {
	const idsOf = new Map<string, string[]>();
	const sync = async () => {
		const sources = await readSkills(base, context.config.root);
		const broken = sources.filter((source) => source.error);
		if (broken.length > 0 && !context.watcher) {
			throw broken.length === 1
				? broken[0]!.error
				: SkillSourceError.combine(broken.map((s) => s.error!));
		}
		const kept = new Set<string>();
		for (const source of sources) {
			const ids = source.skill
				? await store(source.skill, source.filePath)
				: (idsOf.get(source.folder) ?? []);
			if (source.error) context.logger.error(source.error.message);
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
		if (!path.startsWith(dir) || !path.endsWith('skill.yaml')) return;
		await sync();
		context.logger.info(`Reloaded ${path.slice(dir.length)}`);
	};
	for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
}
