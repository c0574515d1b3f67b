import { readdirSync, readFileSync } from 'node:fs';
import { skillModel, type SkillModel } from '../../src/model/skill-model';
import type { Skill } from '../../src/schema/skill';
import { parseSkill } from '../../src/source/parse-skill';
import { SkillSourceError } from '../../src/source/problems';

const root = new URL('../../', import.meta.url);

/** The text of a file, by its path from the project root. */
export function readProjectFile(path: string): string {
	return readFileSync(new URL(path, root), 'utf8');
}

/**
 * A skill source, read and checked the way the site does: by its path from the project root
 * (its folder is its name), or by the name of a skill in content/skills.
 * @example
 * loadSkill('mlops-engineer'); loadSkill('tests/fixtures/skills/edge-cases/skill.yaml')
 */
export function loadSkill(pathOrName: string): Skill {
	const file = pathOrName.endsWith('.yaml')
		? pathOrName
		: `content/skills/${pathOrName}/skill.yaml`;
	return parseSkill(readProjectFile(file), { file, folder: file.split('/').at(-2)! });
}

/** What every view of that skill draws (see {@link loadSkill}). */
export function loadModel(pathOrName: string): SkillModel {
	return skillModel(loadSkill(pathOrName));
}

/** The error a bad fixture under tests/fixtures/invalid/ raises, its images looked up there. */
export function sourceError(name: string, folder = 'broken'): SkillSourceError {
	const file = `tests/fixtures/invalid/${name}.yaml`;
	const files = new Set(readdirSync(new URL('tests/fixtures/invalid/', root)));
	try {
		parseSkill(readProjectFile(file), { file, folder, files });
	} catch (error) {
		if (error instanceof SkillSourceError) return error;
		throw error;
	}
	throw new Error(`${file} was accepted, but it should have been refused.`);
}
