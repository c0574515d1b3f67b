import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { Skill } from '../schema/skill';
import { skillsBase, type SkillSource } from '../source/read-skills';
import { changedSource, librarySources } from './shared-reads';
import { SkillSourceError, type SourceError } from '../source/problems';

export { defaultSkillsBase } from '../source/read-skills';

/** Stores the entries of one checked skill and returns their ids. */
export type StoreSkill = (skill: Skill, filePath: string) => Promise<string[]>;
/** Stores what is wrong with a broken source (in `astro dev`) and returns the entries' ids. */
export type StoreBroken = (source: SkillSource & { error: SkillSourceError }) => string[];

/** The source file of every skill: `<base>/<folder>/skill.yaml`. */
const sourceFile = 'skill.yaml';

// Every loader gets every source (read once: shared-reads.ts), and the reader returns the same
// error for the same bytes: each error and warning is printed once, by whichever loader meets it
// first.
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
 * source stops a build, with every bad source's problems. In `astro dev` a change inside a skill's
 * folder syncs that skill alone, so an edit shows at once however large the library is (a skill
 * added or removed syncs them all: links between skills may change); a bad source is reported
 * once, and keeps its last good entries (or gets those of `storeBroken`).
 * @example
 * load: (context) => syncSkillSources(context, 'content/skills', async (skill) => [skill.name])
 */
export async function syncSkillSources(
	context: LoaderContext,
	base: string,
	store: StoreSkill,
	storeBroken?: StoreBroken
): Promise<void> {
	const { root } = context.config;
	const idsOf = new Map<string, string[]>();
	/** Stores one source's entries, and drops those it made before and makes no longer. */
	const syncSource = async (source: SkillSource) => {
		if (source.warning) reportOnce(context, source.warning, 'warn');
		const before = idsOf.get(source.folder) ?? [];
		const ids = source.skill
			? await store(source.skill, source.filePath)
			: storeBroken
				? storeBroken(source as SkillSource & { error: SkillSourceError })
				: before;
		if (source.error) reportOnce(context, source.error, 'error');
		for (const id of before) if (!ids.includes(id)) context.store.delete(id);
		idsOf.set(source.folder, ids);
	};
	const syncAll = async () => {
		const sources = await librarySources(base, root, !context.watcher);
		const broken = sources.filter((source) => source.error);
		if (broken.length > 0 && !context.watcher) {
			throw broken.length === 1
				? broken[0]!.error
				: SkillSourceError.combine(broken.map((s) => s.error!));
		}
		for (const folder of idsOf.keys())
			if (!sources.some((source) => source.folder === folder)) idsOf.delete(folder);
		for (const source of sources) await syncSource(source);
		// Entries whose source is gone (the store outlives a dev server).
		const kept = new Set([...idsOf.values()].flat());
		for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
	};
	await syncAll();

	const { watcher } = context;
	if (!watcher) return;
	const dir = skillsBase(base, root);
	const path = fileURLToPath(new URL(`${dir}/`, root));
	watcher.add(path);
	// One change at a time, in the order they come: a save can fire several events at once.
	let queue = Promise.resolve();
	const onEvent = (event: string) => (changed: string) => {
		if (!changed.startsWith(path)) return;
		const [folder, ...inside] = changed.slice(path.length).split(/[\\/]/);
		if (!folder) return;
		// A file inside a known skill's folder (its source, an image) changes that skill only.
		const gone = event === 'unlinkDir' || (event === 'unlink' && inside.join('/') === sourceFile);
		const one = inside.length > 0 && idsOf.has(folder) && !gone;
		queue = queue
			.then(async () => {
				if (one)
					await syncSource(await changedSource(`${dir}/${folder}/${sourceFile}`, folder, root));
				else await syncAll();
				context.logger.info(`Reloaded ${changed.slice(path.length)}`);
			})
			.catch((error: Error) => context.logger.error(error.message));
	};
	for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const)
		watcher.on(event, onEvent(event));
}
