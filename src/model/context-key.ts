import type { LinkContext } from './skill-links';

// The library passes one set of names to every skill's model: its key is made once per set, not
// once per skill (which would cost the library's size, for each skill).
const keysOf = new WeakMap<ReadonlySet<string>, string>();
const noSkills: ReadonlySet<string> = new Set();

/**
 * What a skill's model depends on besides the skill (model/skill-model.ts keeps one model per
 * skill and key): the site's base, whether pairs are checked, and the names of the skills the
 * library publishes (which decide where its links go).
 * @example
 * contextKey({ base: '/', skills: new Set(['b', 'a']) }) // => '/\ntrue\n["a","b"]'
 */
export function contextKey({ base = '/', skills = noSkills, checks = true }: LinkContext): string {
	let names = keysOf.get(skills);
	if (names === undefined) keysOf.set(skills, (names = JSON.stringify([...skills].sort())));
	return `${base}\n${checks}\n${names}`;
}
