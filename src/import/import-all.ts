import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatProblems } from '../source/problems';
import type { Found } from './find-skills';
import { planImport, type Plan } from './plan-import';

/** What the import did with one skill. */
export type ImportStatus = 'written' | 'unchanged' | 'replaced' | 'would replace' | 'refused';

/** One skill's import as done, for the report. */
export interface Done extends Plan {
	done: ImportStatus;
	/** For a refused skill: the site's problems, each `file:line:col` with its fix. */
	problems?: string;
}

/** Writes a plan's source and copies its images into the skill's folder. */
function writePlan({ file, yaml, copies }: Plan): void {
	mkdirSync(dirname(file), { recursive: true });
	for (const [image, from] of copies) {
		mkdirSync(dirname(join(dirname(file), image)), { recursive: true });
		copyFileSync(from, join(dirname(file), image));
	}
	writeFileSync(file, yaml);
}

/** Where this run saves the refused sources for their reader: outside the library, which they
 * would break, and apart from other runs'. */
let refusedFolder: string | undefined;
const refusedCopy = (name: string) =>
	join(
		(refusedFolder ??= mkdtempSync(join(tmpdir(), 'skill-import-refused-'))),
		name,
		'skill.yaml'
	);

/** The site's problems with a refused plan, naming a file the reader can open at that line. */
function refusal(plan: Plan): string {
	const { file, problems } = plan.refusal!;
	if (file !== plan.file) return formatProblems(file, problems, true);
	const copy = refusedCopy(plan.name);
	mkdirSync(dirname(copy), { recursive: true });
	writeFileSync(copy, plan.yaml);
	return `${formatProblems(copy, problems, true)}\n    (${copy} is the source the import would have written to ${plan.file}.)`;
}

/**
 * Imports every skill found into `<skills>/<name>/`, writing only what the site accepts and
 * replacing an existing source only when asked (`update`): a new skill is written; one whose
 * source would not change is left as it is; one whose source would change is left too and
 * reported with what would change, unless `update`; one the site would refuse is not written,
 * and its problems are given. Two SKILL.md files that make the same skill: the second is refused.
 * @example
 * importAll(findSkills('skills/', 'skills-zh/'), 'content/skills', { update: false }).map((row) => row.done)
 * // => ['written', 'unchanged', 'would replace', …]
 */
export function importAll(found: Found, skills: string, { update = false } = {}): Done[] {
	const made = new Map<string, string>();
	return found.skills.map((skill): Done => {
		const plan = planImport(skill, skills);
		const first = made.get(plan.name);
		if (first !== undefined)
			return {
				...plan,
				done: 'refused',
				problems: `${skill.original.file}:${skill.original.fieldLines['name'] ?? 1}:1 name: makes the skill \`${plan.name}\`, as ${first} of this import does: not imported.\n    Fix: Give one of them another \`name\` in its front matter (the name is the skill's folder in the library).`,
			};
		made.set(plan.name, skill.original.file);
		switch (plan.status) {
			case 'refused':
				return { ...plan, done: 'refused', problems: refusal(plan) };
			case 'unchanged':
				return { ...plan, done: 'unchanged' };
			case 'changed':
				if (!update) return { ...plan, done: 'would replace' };
				writePlan(plan);
				return { ...plan, done: 'replaced' };
			case 'new':
				writePlan(plan);
				return { ...plan, done: 'written' };
		}
	});
}
