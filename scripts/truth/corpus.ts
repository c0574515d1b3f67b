/**
 * The benchmark's material: the real skills with their community Chinese
 * (tests/fixtures/real-skills), and the seed's hand-aligned mlops-engineer, written out as its two
 * SKILL.md files, each cut to the part whose pairs are known.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { skillFile } from '../../src/export/skill-file.ts';
import { original, translation } from '../../src/import/align/pairing.ts';
import { parseSkill } from '../../src/source/parse-skill.ts';
import { groundTruth, type Truth } from './ground-truth.ts';
import { skillModel } from '../../src/model/skill-model.ts';

/**
 * The real skills' folder: `<name>/SKILL.md` and `<name>/SKILL.zh-CN.md`.
 * @example
 * `${realSkills}/crewai/SKILL.md`
 */
export const realSkills = 'tests/fixtures/real-skills';
/** Our mlops-engineer, aligned by hand from the seed (tests/fixtures/seed): 184 known pairs. */
const seedSource = 'content/skills/mlops-engineer/skill.yaml';

/**
 * A real skill's two files by its folder name.
 * @example
 * realSkill('crewai').zh.startsWith('---') // => true
 */
export function realSkill(name: string): { en: string; zh: string } {
	const read = (file: string) => readFileSync(join(realSkills, name, file), 'utf8');
	return { en: read('SKILL.md'), zh: read('SKILL.zh-CN.md') };
}

/**
 * The names of the real skills.
 * @example
 * realSkillNames()[0] // => 'algorithmic-art'
 */
export const realSkillNames = () =>
	readdirSync(realSkills)
		.filter((name) => statSync(join(realSkills, name)).isDirectory())
		.sort();

/**
 * The seed's skill as the two SKILL.md files it exports: the same structure by construction.
 * @example
 * seedSkill().zh.includes('# MLOps工程师') // => true
 */
export function seedSkill(): { en: string; zh: string } {
	const skill = parseSkill(readFileSync(seedSource, 'utf8'), {
		file: seedSource,
		folder: 'mlops-engineer',
	});
	const model = skillModel(skill, { checks: false });
	return { en: skillFile(model, original), zh: skillFile(model, translation) };
}

/**
 * The name the seed's skill goes by among the real ones.
 * @example
 * truths([seedName])[0].size // => 182
 */
export const seedName = 'seed:mlops-engineer';

/**
 * The known part of each skill named that has one (see ground-truth.ts): by default every real
 * skill and the seed's.
 * @example
 * truths(['crewai', seedName]).map((truth) => truth.size) // => [182]: crewai's is too short to trust
 */
export function truths(names = [...realSkillNames(), seedName]): Truth[] {
	return names
		.map((name) => {
			const { en, zh } = name === seedName ? seedSkill() : realSkill(name);
			return groundTruth(name, en, zh);
		})
		.filter((truth) => truth !== undefined);
}
