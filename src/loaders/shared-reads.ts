import { readSkill, readSkills, type SkillSource } from '../source/read-skills';

// Astro runs every collection's loader at once, and three of ours read the skill sources: the
// pages, the skills and (for `astro dev`) their problems. Each would read every source file and
// list and stat its folder. A read in progress is shared instead, so the library is read once per
// sync, and a file that changed in `astro dev` is read once for the three loaders that watch it.
// A build keeps its read (nothing changes under it); `astro dev` reads again at its next sync.

const reads = new Map<string, Promise<unknown>>();

function shared<T>(key: string, read: () => Promise<T>, keep: boolean): Promise<T> {
	const known = reads.get(key) as Promise<T> | undefined;
	if (known) return known;
	const reading = read();
	reads.set(key, reading);
	if (!keep) void reading.finally(() => reads.delete(key)).catch(() => {});
	return reading;
}

/**
 * Every source under the skills folder `dir`, read and checked (source/read-skills.ts), shared by
 * the loaders that ask at once; `keep` (a build) keeps it for the loaders that ask later.
 * @example
 * await librarySources('content/skills', root, true) // => [{ filePath, folder, skill }, …]
 */
export function librarySources(dir: string, root: URL, keep: boolean): Promise<SkillSource[]> {
	return shared(`library\0${root.href}\0${dir}`, () => readSkills(dir, root), keep);
}

/**
 * One source, read again after a change in `astro dev`, shared by the loaders that watch it.
 * @example
 * await changedSource('content/skills/x/skill.yaml', 'x', root) // => { filePath, folder, skill }
 */
export function changedSource(filePath: string, folder: string, root: URL): Promise<SkillSource> {
	return shared(
		`source\0${root.href}\0${filePath}`,
		() => readSkill(filePath, folder, root),
		false
	);
}
