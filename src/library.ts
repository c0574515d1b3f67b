import { getCollection } from 'astro:content';
import { skillModel, type SkillModel } from './model/skill-model';

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
		const entries = await getCollection('skills');
		// Links between skills go to the page of a skill the site publishes (model/skill-links.ts).
		const skills = new Set(entries.map((entry) => entry.data.name));
		const base = import.meta.env.BASE_URL;
		// The digest finds a skill's model again after `astro dev` reloads the store (skill-model.ts).
		return entries.map((entry) => skillModel(entry.data, { base, skills }, entry.digest));
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
