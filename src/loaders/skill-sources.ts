import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { Skill } from '../schema/skill';
import { readSkill, readSkills, skillsBase, type SkillSource } from '../source/read-skills';
import { SkillSourceError } from '../source/problems';

export { defaultSkillsBase } from '../source/read-skills';

/** Stores the entries of one checked skill and returns their ids. */
export type StoreSkill = (skill: Skill, filePath: string) => Promise<string[]>;

/** The source file of every skill: `<base>/<folder>/skill.yaml`. */
const sourceFile = 'skill.yaml';

/**
 * Runs `store` for every good skill source and removes entries whose source went away. A bad
 * source stops a build, with every bad source's problems. In `astro dev` a changed, added or
 * deleted source is synced alone, so an edit shows at once however large the library is; a bad
 * source is reported and keeps its last good pages.
 * @example
 * load: (context) => syncSkillSources(context, 'content/skills', async (skill) => [skill.name])
 */
export async function syncSkillSources(
	context: LoaderContext,
	base: string,
	store: StoreSkill
): Promise<void> {
	const { root } = context.config;
	const idsOf = new Map<string, string[]>();
	/** Stores one source's entries, and drops those it made before and makes no longer. */
	const syncSource = async (source: SkillSource) => {
		const before = idsOf.get(source.folder) ?? [];
		const ids = source.skill ? await store(source.skill, source.filePath) : before;
		if (source.error) context.logger.error(source.error.message);
		for (const id of before) if (!ids.includes(id)) context.store.delete(id);
		idsOf.set(source.folder, ids);
	};
	const remove = (folder: string) => {
		for (const id of idsOf.get(folder) ?? []) context.store.delete(id);
		idsOf.delete(folder);
	};

	const sources = await readSkills(base, root);
	const broken = sources.filter((source) => source.error);
	if (broken.length > 0 && !context.watcher) {
		throw broken.length === 1
			? broken[0]!.error
			: SkillSourceError.combine(broken.map((s) => s.error!));
	}
	for (const source of sources) await syncSource(source);
	// Entries kept from an earlier run (the store outlives a dev server) whose source is gone.
	const kept = new Set([...idsOf.values()].flat());
	for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);

	const { watcher } = context;
	if (!watcher) return;
	const dir = skillsBase(base, root);
	const path = fileURLToPath(new URL(`${dir}/`, root));
	watcher.add(path);
	/** The skill folder a watched path is, or holds as its source; undefined for anything else. */
	const folderOf = (changed: string, isSource: boolean) => {
		const [folder, file, ...rest] = changed.startsWith(path)
			? changed.slice(path.length).split(/[\\/]/)
			: [];
		const expected = isSource ? file === sourceFile && rest.length === 0 : file === undefined;
		return folder && expected ? folder : undefined;
	};
	// One change at a time, in the order they come: a save can fire several events at once.
	let queue = Promise.resolve();
	const onEvent = (event: 'add' | 'change' | 'unlink' | 'unlinkDir') => (changed: string) => {
		const folder = folderOf(changed, event !== 'unlinkDir');
		if (!folder) return;
		queue = queue
			.then(async () => {
				if (event === 'unlink' || event === 'unlinkDir') remove(folder);
				else await syncSource(await readSkill(`${dir}/${folder}/${sourceFile}`, folder, root));
				context.logger.info(`Reloaded ${changed.slice(path.length)}`);
			})
			.catch((error: Error) => context.logger.error(error.message));
	};
	for (const event of ['add', 'change', 'unlink', 'unlinkDir'] as const) {
		watcher.on(event, onEvent(event));
	}
}
