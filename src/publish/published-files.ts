/** A skill's published files: its folder on disk, and the images its texts show in it. */
export interface PublishedSkill {
	/** The skill's folder, an absolute path. */
	folder: string;
	/** Paths from the folder, as the texts show them (`images/flow chart.png`). */
	files: readonly string[];
}

// The skills loader knows which files each skill shows; the integration that publishes them
// (skill-files.ts) runs outside Astro's module graph, where the content store cannot be read. Both
// run in the one process of `astro build` or `astro dev`, so the loader leaves the list here, on
// the global object (each side has its own copy of this module).
const key = Symbol.for('bilingual-skills.published-files');
const published = (): Map<string, PublishedSkill> =>
	((globalThis as Record<symbol, Map<string, PublishedSkill>>)[key] ??= new Map());

/**
 * Records the files a checked skill publishes (loaders/skills.ts, whenever it syncs the skill).
 * @example
 * publishFiles('crewai', { folder: '/work/main/content/skills/crewai', files: ['images/flow.svg'] })
 */
export function publishFiles(name: string, skill: PublishedSkill): void {
	published().set(name, skill);
}

/**
 * Every skill's published files, by the skill's name, as the loader last recorded them.
 * @example
 * publishedFiles().get('crewai') // => { folder: '/work/main/content/skills/crewai', files: ['images/flow.svg'] }
 */
export function publishedFiles(): ReadonlyMap<string, PublishedSkill> {
	return published();
}
