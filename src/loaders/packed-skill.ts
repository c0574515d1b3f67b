import { deflateSync, inflateSync } from 'node:zlib';
import type { Skill } from '../schema/skill';

// Why the `skills` collection stores each checked skill packed (its JSON, deflated, in base64)
// rather than as an object: `astro dev` writes its whole content store to disk after every edit
// and Vite loads it again, and both take time in proportion to its size and to its number of
// values. At 600 real skills the store was 12 MB, and an edit took 2.6–2.9 s to show; packed, it
// is 6.4 MB of a few long strings, and an edit shows in about 1.5 s (measured in the same
// session, README's benchmark). A build bundles the store too, so it gains as well.

/** A checked skill as the `skills` collection stores it (a type, so that it is entry data). */
export type PackedSkill = {
	/** The skill's JSON, deflated, in base64. */
	packed: string;
};

/**
 * A checked skill, packed for the content store.
 * @example
 * packSkill(skill) // => { packed: 'eJzFWG1v2zYQ/iuE…' }
 */
export function packSkill(skill: Skill): PackedSkill {
	return { packed: deflateSync(JSON.stringify(skill)).toString('base64') };
}

// `astro dev` loads the store anew after an edit: every entry comes back as a new object. The
// skill last unpacked for each name is kept, so an unchanged skill is the same object as before,
// and what is kept by skill (its model: model/skill-model.ts) is not made again for 600 skills.
// This module holds no import of the store, so it outlives those reloads.
const unpacked = new Map<string, { packed: string; skill: Skill }>();

/**
 * The checked skill in an entry of the `skills` collection: the same object for the same
 * packed text.
 * @example
 * unpackSkill('mlops-engineer', entry.data).title.en // => 'MLOps Engineer'
 */
export function unpackSkill(name: string, { packed }: PackedSkill): Skill {
	const kept = unpacked.get(name);
	if (kept?.packed === packed) return kept.skill;
	const skill = JSON.parse(inflateSync(Buffer.from(packed, 'base64')).toString('utf8')) as Skill;
	unpacked.set(name, { packed, skill });
	return skill;
}
