import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { FoundSkill } from './find-skills';
import { importSkill } from './import-skill';
import { SkillSourceError } from '../source/problems';
import { importedSizeProblem } from '../source/skill-md-size';
import type { ReportRow } from './report';
import { sourceYaml } from './source-yaml';

/** What importing one skill wrote. */
export interface Imported extends ReportRow {
	/** The source file written. */
	file: string;
	/** The source's text. */
	yaml: string;
	/** The front matter's name, when it had to be made valid. */
	renamedFrom?: string;
}

/** The current source, as plain data, or nothing when there is none or it is not YAML. */
function previousSource(file: string): unknown {
	if (!existsSync(file)) return undefined;
	try {
		return parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/**
 * Imports one skill into `<skills>/<name>/skill.yaml`, keeping the translations of the source
 * already there for texts whose original did not change.
 * @example
 * importToFolder(findSkill('crewai/SKILL.md'), 'content/skills').file // => 'content/skills/crewai/skill.yaml'
 */
export function importToFolder(found: FoundSkill, skills: string): Imported {
	const first = importSkill({ ...found, fallbackName: found.folder });
	const file = join(skills, first.source.name, 'skill.yaml');
	const previous = previousSource(file);
	const result =
		previous === undefined
			? first
			: importSkill({ ...found, fallbackName: found.folder, previous });
	const from = [found.original.file, found.translation?.file].filter(Boolean).join(' and ');
	const yaml = sourceYaml(
		result.source,
		`Imported from ${from} by \`npm run import\`. Edit it freely: a re-import keeps the\n` +
			'translations of the texts whose English did not change. Format: see README.md.'
	);
	// A source the site would refuse unread is not written: the SKILL.md is what to change.
	const tooLarge = importedSizeProblem(yaml);
	if (tooLarge) throw new SkillSourceError(found.original.file, [tooLarge]);
	mkdirSync(join(skills, result.source.name), { recursive: true });
	writeFileSync(file, yaml);
	return {
		name: result.source.name,
		file,
		yaml,
		tally: result.tally,
		kept: result.kept,
		translated: found.translation !== undefined,
		...(result.renamedFrom ? { renamedFrom: result.renamedFrom } : {}),
	};
}
