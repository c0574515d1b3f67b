/**
 * Turns SKILL.md files into bilingual sources (content/skills/<name>/skill.yaml):
 *   npm run import -- path/to/SKILL.md [--zh path/to/SKILL.zh-CN.md]
 *   npm run import -- skills-dir/ [--zh zh-dir/]   (every <folder>/SKILL.md, with the translation
 *                                                  in the same folder of zh-dir, or beside it)
 * Options: --out <dir> (the skills folder, default content/skills), --update (replace sources
 * that exist and would change), --strict (exit 1 when any text is in one language only).
 * Writes only what the site accepts; prints what was paired, what it was unsure of, what is in
 * one language only, and what was not imported and why. Exit 1 when a skill was refused or
 * would be replaced without --update.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import './lib/resolve-ts.ts';

const { findSkill, findSkills } = await import('../src/import/find-skills.ts');
const { importAll } = await import('../src/import/import-all.ts');
const { notImported, reportTable } = await import('../src/import/report.ts');
const { changeDetails, reportDetails } = await import('../src/import/report-details.ts');

const started = performance.now();
const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		zh: { type: 'string' },
		out: { type: 'string', default: 'content/skills' },
		strict: { type: 'boolean', default: false },
		update: { type: 'boolean', default: false },
	},
});
const [path] = positionals;
if (!path || positionals.length > 1) {
	console.error(
		'Usage: npm run import -- <SKILL.md or folder> [--zh <translation file or folder>] [--out <dir>] [--update] [--strict]'
	);
	process.exit(2);
}

const isFolder = (at: string) => statSync(at, { throwIfNoEntry: false })?.isDirectory() ?? false;
// A skill's own folder is that skill: its SKILL.md (and the translation beside it or in --zh).
const folder = isFolder(path) && !existsSync(join(path, 'SKILL.md'));
if (folder && values.zh !== undefined && !isFolder(values.zh)) {
	console.error(
		`--zh ${values.zh}: is not a folder; with a folder of skills, give the folder of their translations.`
	);
	process.exit(2);
}
const found = folder
	? findSkills(path, values.zh)
	: findSkill(isFolder(path) ? join(path, 'SKILL.md') : path, values.zh);
if (found.skills.length + found.skipped.length === 0) {
	console.error(`${path}: has no <folder>/SKILL.md to import.`);
	process.exit(1);
}
const rows = importAll(found, values.out, { update: values.update });

// Each skill, with what the report says of it: a folder's report lists the unsure pairs, a single
// skill's also every text in one language only.
for (const row of rows) {
	const renamed = row.renamedFrom ? ` (name “${row.renamedFrom}” made valid: ${row.name})` : '';
	console.log(`${row.file}  ${row.done}${renamed}`);
	const details = [
		reportDetails(row, { all: !folder }),
		...(row.changes
			? changeDetails(row.changes, row.done === 'replaced' ? 'Changed' : 'Would change')
			: []),
	]
		.filter(Boolean)
		.join('\n');
	if (details) console.log(details.replace(/^/gm, '  '));
}
if (rows.length > 0) console.log(`\n${reportTable(rows)}`);
const left = notImported(rows, found.skipped);
if (left) console.log(`\n${left}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (rows.length > 0)
	console.log(`\n${rows.length} ${rows.length === 1 ? 'skill' : 'skills'} in ${seconds} s.`);

// The site's problems with what was refused, each at its file:line:col with its fix.
const problems = [
	...found.skipped.filter(({ reason }) => reason === 'refused').map(({ message }) => message),
	...rows.flatMap(({ problems }) => (problems ? [problems] : [])),
];
if (problems.length > 0) console.error(problems.join('\n'));

const unpaired = rows.some(
	({ tally, translated }) =>
		translated && tally.originalOnly.length + tally.translationOnly.length + tally.unsure.length > 0
);
const stopped = rows.some(({ done }) => done === 'refused' || done === 'would replace');
if (problems.length > 0 || stopped || (values.strict && unpaired)) process.exitCode = 1;
