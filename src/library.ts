import { getCollection } from 'astro:content';
import { unpackSkill } from './loaders/packed-skill';
import { skillModel, type SkillModel } from './model/skill-model';

/** The library as every page reads it: each skill's model, made once per build. */
export interface Library {
	/** Every skill's model, in folder order. */
	skills: SkillModel[];
	/** A skill's model by its name: a lookup, for the work each page does. */
	skill(name: string): SkillModel | undefined;
	/** A skill's source file, from the project root (for the history of its translations). */
	sourceFile(name: string): string | undefined;
}

async function read(): Promise<Library> {
	// The `skills` collection stores each checked skill packed (loaders/packed-skill.ts); an
	// unchanged skill unpacks to the same object, whose model is kept (model/skill-model.ts).
	const entries = (await getCollection('skills')).map(({ id, data, filePath }) => ({
		skill: unpackSkill(id, data),
		filePath,
	}));
	// Links between skills go to the page of a skill the site publishes (model/skill-links.ts).
	const names = new Set(entries.map(({ skill }) => skill.name));
	const base = import.meta.env.BASE_URL;
	const skills = entries.map(({ skill, filePath }) =>
		skillModel(skill, { base, skills: names, file: filePath })
	);
	const byName = new Map(skills.map((model) => [model.name, model]));
	const files = new Map(entries.map(({ skill, filePath }) => [skill.name, filePath]));
	return {
		skills,
		skill: (name) => byName.get(name),
		sourceFile: (name) => files.get(name),
	};
}

let built: Promise<Library> | undefined;

/**
 * The library: every skill's model, and each by its name. What depends on the whole library
 * (links between skills, the catalog, the sidebar's list) is made from it once per build, while
 * `astro dev` reads the sources' latest state on every request.
 * @example
 * (await library()).skills.map((skill) => skill.name) // => ['mlops-engineer']
 * (await library()).skill('mlops-engineer')?.title.en.text // => 'MLOps Engineer'
 */
export function library(): Promise<Library> {
	if (import.meta.env.DEV) return read();
	built ??= read();
	return built;
}
