import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { Skill } from '../schema/skill';
import { parseSkill } from '../source/parse-skill';

/** Where skill sources live, relative to the project root: `<base>/<name>/skill.yaml`. */
export const defaultSkillsBase = 'content/skills';

export interface SkillSource {
	skill: Skill;
	/** The YAML as written, for `parseData`. */
	data: Record<string, unknown>;
	/** The source's path relative to the project root, for Starlight's `filePath` and errors. */
	filePath: string;
}

/** Reads and checks every skill source under `base`; the first bad one throws. */
async function readSkills(base: string, context: LoaderContext): Promise<SkillSource[]> {
	const dir = new URL(`${base}/`, context.config.root);
	const folders = (await readdir(dir, { withFileTypes: true }))
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
	return Promise.all(
		folders.map(async (folder) => {
			const filePath = `${base}/${folder}/skill.yaml`;
			const text = await readFile(new URL(filePath, context.config.root), 'utf8');
			const parsed = parseSkill(text, { file: filePath, folder });
			return { ...parsed, filePath };
		})
	);
}

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
		for (const source of await readSkills(base, context)) {
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
