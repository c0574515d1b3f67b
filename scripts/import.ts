/**
 * Turns SKILL.md files into bilingual sources (content/skills/<name>/skill.yaml):
 *   npm run import -- path/to/SKILL.md [--zh path/to/SKILL.zh-CN.md]
 *   npm run import -- skills-dir/ [--zh zh-dir/]     (every <name>/SKILL.md, matched by name)
 * Options: --out <dir> (the skills folder, default content/skills), --strict (exit 1 when any
 * text is in one language only). Prints what was paired and every text left unpaired.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import './lib/resolve-ts.ts';

const { findSkill, findSkills } = await import('../src/import/find-skills.ts');
const { importToFolder } = await import('../src/import/import-files.ts');
const { reportDetails, reportTable } = await import('../src/import/report.ts');
const { checkSource } = await import('../src/import/check-source.ts');
const { SourceError } = await import('../src/source/problems.ts');

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		zh: { type: 'string' },
		out: { type: 'string', default: 'content/skills' },
		strict: { type: 'boolean', default: false },
	},
});
const [path] = positionals;
if (!path || positionals.length > 1) {
	console.error(
		'Usage: npm run import -- <SKILL.md or folder> [--zh <translation file or folder>] [--out <dir>] [--strict]'
	);
	process.exit(2);
}

// A file the importer cannot take (too large, nested too deep …) stops it with one message that
// says where and why, never a stack trace: the reader is whoever ran the import.
const { found, imported } = (() => {
	try {
		const found = statSync(path).isDirectory()
			? findSkills(path, values.zh)
			: [findSkill(path, values.zh)];
		return { found, imported: found.map((skill) => importToFolder(skill, values.out)) };
	} catch (error) {
		if (error instanceof SourceError) console.error(error.report);
		else console.error(`${path}: could not be imported: ${(error as Error).message}`);
		process.exit(1);
	}
})();
const problems = imported.flatMap(({ yaml, file, name }) => checkSource(yaml, file, name));

for (const row of imported) {
	console.log(
		`${row.file}${row.renamedFrom ? ` (name “${row.renamedFrom}” made valid: ${row.name})` : ''}`
	);
	const details = found.length === 1 || row.translated ? reportDetails(row) : '';
	if (details && found.length === 1) console.log(details);
}
console.log(`\n${reportTable(imported)}`);
if (problems.length > 0) console.error(`\n${problems.join('\n')}`);

const unpaired = imported.some(
	({ tally, translated }) =>
		translated && (tally.originalOnly.length > 0 || tally.translationOnly.length > 0)
);
if (problems.length > 0 || (values.strict && unpaired)) process.exitCode = 1;
