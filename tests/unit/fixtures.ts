import { readFileSync } from 'node:fs';
import { parseSkill } from '../../src/source/parse-skill';
import { SkillSourceError } from '../../src/source/problems';

const root = new URL('../../', import.meta.url);

/** The text of a file, by its path from the project root. */
export function readProjectFile(path: string): string {
	return readFileSync(new URL(path, root), 'utf8');
}

/** Parses a skill source by its path from the project root, with its folder as the name. */
export function loadSkill(path: string) {
	const folder = path.split('/').at(-2)!;
	return parseSkill(readProjectFile(path), { file: path, folder }).skill;
}

/** The error a bad fixture under tests/fixtures/invalid/ raises. */
export function sourceError(name: string, folder = 'broken'): SkillSourceError {
	const file = `tests/fixtures/invalid/${name}.yaml`;
	try {
		parseSkill(readProjectFile(file), { file, folder });
	} catch (error) {
		if (error instanceof SkillSourceError) return error;
		throw error;
	}
	throw new Error(`${file} was accepted, but it should have been refused.`);
}
