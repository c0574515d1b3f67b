import { getCollection } from 'astro:content';
import { unpackSkill } from './loaders/packed-skill';
import { skillModel, type SkillModel } from './model/skill-model';
import type { Skill } from './schema/skill';

/** A checked skill and its source file (from the project root). */
export interface SkillSourceEntry {
	skill: Skill;
	filePath: string | undefined;
}

/**
 * Every checked skill, in folder order, from the `skills` collection: the one way to read it (it
 * stores each skill packed: loaders/packed-skill.ts). An unchanged skill is the same object on
 * every call, in `astro dev` too.
 * @example
 * (await skillSources())[0] // => { skill: { name: 'mlops-engineer', … }, filePath: 'content/skills/mlops-engineer/skill.yaml' }
 */
export async function skillSources(): Promise<SkillSourceEntry[]> {
	return (await getCollection('skills')).map(({ id, data, filePath }) => ({
		skill: unpackSkill(id, data),
		filePath,
	}));
}

let built: Promise<SkillModel[]> | undefined;

/**
 * Every skill's model, in folder order. What depends on the whole library (the sidebar, the home
 * page, the not-found page) reads it from here: once per build, while `astro dev` reads the
 * sources' latest state on every request.
 * @example
 * (await library()).map((skill) => skill.name) // => ['mlops-engineer']
 */
export function library(): Promise<SkillModel[]> {
	const read = async () => {
		const sources = await skillSources();
		// Links between skills go to the page of a skill the site publishes (model/skill-links.ts).
		const skills = new Set(sources.map(({ skill }) => skill.name));
		const base = import.meta.env.BASE_URL;
		return sources.map(({ skill }) => skillModel(skill, { base, skills }));
	};
	if (import.meta.env.DEV) return read();
	built ??= read();
	return built;
}

const byName = new WeakMap<SkillModel[], Map<string, SkillModel>>();

/**
 * One skill's model by its name, from {@link library}: a lookup, for the work each page does.
 * @example
 * (await librarySkill('mlops-engineer'))?.title.en.text // => 'MLOps Engineer'
 */
export async function librarySkill(name: string): Promise<SkillModel | undefined> {
	const skills = await library();
	let names = byName.get(skills);
	if (!names) byName.set(skills, (names = new Map(skills.map((skill) => [skill.name, skill]))));
	return names.get(name);
}
