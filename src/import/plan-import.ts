import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { parseSkill } from '../source/parse-skill';
import { SkillSourceError, type Problem } from '../source/problems';
import { importedSizeProblem } from '../source/skill-md-size';
import { sourceChanges, type SourceChanges } from './changes';
import type { FoundSkill } from './find-skills';
import { shownImageFiles, skillImages } from './images';
import { importSkill } from './import-skill';
import type { ReportRow } from './report';
import { givenSkillName, validSkillName } from './skill-name';
import { sourceYaml } from './source-yaml';

/** What an import would do with one skill: write a new source, leave it, change it, or refuse. */
export type PlanStatus = 'new' | 'unchanged' | 'changed' | 'refused';

/** One skill's import, made and checked, not written yet. */
export interface Plan extends ReportRow {
	status: PlanStatus;
	/** The source file: `<skills>/<name>/skill.yaml`. */
	file: string;
	yaml: string;
	/** The images to copy into the skill's folder, each with the file it comes from. */
	copies: Map<string, string>;
	/** For a skill that has a source already: what replacing it changes. */
	changes?: SourceChanges & { images: string[] };
	/** Why the site would refuse the source: its problems, located in `file` (written for the
	 * reader to open) or in the SKILL.md for one too large to make a source of. */
	refusal?: { file: string; problems: Problem[] };
	/** The front matter's name, when it had to be made valid. */
	renamedFrom?: string;
}

/** The current source as plain data, `null` when it is not YAML, or nothing when there is none. */
function currentSource(file: string): unknown {
	if (!existsSync(file)) return undefined;
	try {
		return parse(readFileSync(file, 'utf8')) ?? null;
	} catch {
		return null;
	}
}

/** The images that would be added to the skill's folder or would replace one there. */
const changedImages = (copies: Map<string, string>, folder: string) =>
	[...copies]
		.filter(([file, from]) => {
			const there = join(folder, file);
			return !existsSync(there) || !readFileSync(there).equals(readFileSync(from));
		})
		.map(([file]) => file);

/** A skill's source, made from its SKILL.md files and, if given, the source it replaces. */
function made(found: FoundSkill, previous: unknown) {
	const result = importSkill({
		...found,
		fallbackName: found.folder,
		...(previous ? { previous } : {}),
	});
	const from = [found.original.file, ...(found.translation ? [found.translation.file] : [])];
	const yaml = sourceYaml(
		result.source,
		`Imported from ${from.join(' and ')} by \`npm run import\`. Edit it freely: a re-import keeps the\n` +
			'translations of the texts whose English did not change. Format: see README.md.'
	);
	return { result, yaml, from };
}

/** What replacing the current source with a new one changes, or nothing (sourceChanges). */
const changesFrom = (before: unknown, yaml: string) =>
	before === undefined ? undefined : sourceChanges(before, parse(yaml));

/**
 * Imports one skill in memory and checks the source exactly as the site will read it
 * (source/parse-skill.ts, with its images as the skill's folder will hold them), then compares
 * it with the source already at `<skills>/<name>/skill.yaml`, whose translations of unchanged
 * texts it keeps. Nothing is written: see import-all.ts.
 * @example
 * planImport(findSkill('crewai/SKILL.md').skills[0], 'content/skills').status // => 'new'
 */
export function planImport(found: FoundSkill, skills: string): Plan {
	const name = validSkillName(givenSkillName(found.original.frontmatter, found.folder));
	const file = join(skills, name, 'skill.yaml');
	const before = currentSource(file);
	let { result, yaml, from } = made(found, before);
	let changes = changesFrom(before, yaml);
	// The source a fresh import makes, if it is the current one, is unchanged: the previous
	// source's translations can add to it (an English text written twice takes its twin's
	// translation), but re-importing what was imported must not ask to replace it.
	if (changes && before !== null) {
		const fresh = made(found, undefined);
		if (!changesFrom(before, fresh.yaml)) [{ result, yaml }, changes] = [fresh, undefined];
	}
	const images = skillImages(shownImageFiles(result.source), from.map(dirname), dirname(file));
	const plan = {
		name,
		file,
		yaml,
		copies: images.copies,
		tally: result.tally,
		kept: result.kept,
		translated: found.translation !== undefined,
		notes: found.notes,
		...(result.renamedFrom ? { renamedFrom: result.renamedFrom } : {}),
	};
	// A source the site would refuse unread is not made: the SKILL.md is what to change.
	const tooLarge = importedSizeProblem(yaml);
	if (tooLarge)
		return {
			...plan,
			status: 'refused',
			refusal: { file: found.original.file, problems: [tooLarge] },
		};
	try {
		parseSkill(yaml, { file, folder: name, ...images.folder });
	} catch (error) {
		if (!(error instanceof SkillSourceError)) throw error;
		return { ...plan, status: 'refused', refusal: { file, problems: error.problems } };
	}
	if (before === undefined) return { ...plan, status: 'new' };
	const imageChanges = changedImages(images.copies, dirname(file));
	if (!changes && imageChanges.length === 0) return { ...plan, status: 'unchanged' };
	const same = { added: [], removed: [], kept: 0, retranslated: 0, other: false, lostIds: [] };
	return { ...plan, status: 'changed', changes: { ...(changes ?? same), images: imageChanges } };
}
