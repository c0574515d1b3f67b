import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { readSkills, type SkillSource } from '../source/read-skills';

export { defaultSkillsBase } from '../source/read-skills';

/**
 * Runs `store` for every skill source, removes entries whose source went away, and in `astro dev`
 * runs again when a source changes, so pages update without a restart. A bad source stops a build;
 * in dev it is logged and the last good pages stay.
 * @example
 * load: (context) => syncSkillSources(context, 'content/skills', async (source) => [source.skill.name])
 */
export async function syncSkillSources(
	context: LoaderContext,
	base: string,
	store: (source: SkillSource) => Promise<string[]>
): Promise<void> {
	const sync = async () => {
		const kept = new Set<string>();
		for (const source of await readSkills(base, context.config.root)) {
			for (const id of await store(source)) kept.add(id);
		}
		for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
	};
	await sync();

	const { watcher } = context;
	if (!watcher) return;
	const dir = fileURLToPath(new URL(`${base}/`, context.config.root));
	watcher.add(dir);
	const onChange = async (path: string) => {
		if (!path.startsWith(dir) || !path.endsWith('skill.yaml')) return;
		try {
			await sync();
			context.logger.info(`Reloaded ${path.slice(dir.length)}`);
		} catch (error) {
			context.logger.error(error instanceof Error ? error.message : String(error));
		}
	};
	for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
}
