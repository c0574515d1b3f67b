/**
 * What translators have to do, per skill: how many pairs are translated, machine-translated and
 * not reviewed, outdated (the original changed after the translation was made) and untranslated,
 * and each outdated or unreviewed pair with its section, the word diff of its original since it
 * was translated (from the source's git history, when it knows) and its texts now.
 *   npm run translations                          the report
 *   npm run translations -- --check               the report; exits 1 if anything is outdated, flagged
 *                                                 by the checks and not reviewed, or untranslated
 *   npm run translations -- --accept <skill> [<section-id>]
 *       records that the translations of the skill (or of the section and its subsections) were
 *       reviewed against the original as it is now: rewrites their fingerprints (`zhOf`), records
 *       the review of pairs the checks flag (`zhReviewed`), removes `machine: true`, and changes
 *       nothing else in the file.
 * SKILLS_DIR reads skills from another folder, as for the site's build.
 */
import './lib/resolve-ts.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { styleText } from 'node:util';

const { readSkills } = await import('../src/source/read-skills.ts');
const { parseSkill } = await import('../src/source/parse-skill.ts');
const { skillModel } = await import('../src/model/skill-model.ts');
const { census } = await import('../src/translations/census.ts');
const { formerOriginals } = await import('../src/translations/history.ts');
const { acceptTranslations } = await import('../src/translations/accept.ts');
const { pairLocation } = await import('../src/translations/source-pairs.ts');
const { needsWork, textReport } = await import('../src/translations/text-report.ts');
const { plainDiff } = await import('../src/translations/word-diff.ts');
type DiffPart = import('../src/translations/word-diff.ts').DiffPart;

const args = process.argv.slice(2);
const root = pathToFileURL(`${process.cwd()}/`);
const sources = await readSkills(process.env.SKILLS_DIR ?? 'content/skills', root);
const broken = sources.filter((source) => source.error);
if (broken.length > 0) {
	for (const { error } of broken) console.error(error!.message);
	process.exit(1);
}

/** In a terminal, the diff in colour: removed words red and struck through, added ones green. */
const coloured = (parts: DiffPart[]) =>
	parts
		.map(({ text, change }) =>
			change === 'same'
				? text
				: styleText(change === 'added' ? ['green'] : ['red', 'strikethrough'], text)
		)
		.join('');

const accepting = args.indexOf('--accept');
if (accepting >= 0) {
	const [name, sectionId] = args.slice(accepting + 1);
	const source = sources.find(({ skill }) => skill!.name === name);
	if (!source) {
		const names = sources.map(({ skill }) => skill!.name).join(', ');
		console.error(`There is no skill \`${name ?? ''}\`. Skills: ${names}.`);
		console.error('Usage: npm run translations -- --accept <skill> [<section-id>]');
		process.exit(1);
	}
	const path = new URL(source.filePath, root);
	const text = await readFile(path, 'utf8');
	let result: { text: string; accepted: number };
	try {
		result = acceptTranslations(text, skillModel(source.skill!), { sectionId });
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
	// The rewritten source must read as the same skill, now current: checked before it is written.
	parseSkill(result.text, { file: source.filePath, folder: source.folder });
	if (result.text !== text) await writeFile(path, result.text);
	const scope = sectionId ? `section #${sectionId} of ${name}` : name;
	console.log(
		`Accepted ${result.accepted} translations of ${scope} as reviewed: ${source.filePath}`
	);
	process.exit(0);
}

const style = process.stdout.isTTY ? coloured : plainDiff;
const reports = await Promise.all(
	sources.map(async ({ skill, filePath }) => {
		const model = skillModel(skill!);
		const counted = census(model);
		const wanted = new Set(counted.open.flatMap(({ shown }) => shown.madeFrom ?? []));
		const where = (pair: Parameters<typeof pairLocation>[0]) => {
			const at = pairLocation(pair);
			return at && `${filePath}:${at.line}:${at.column}`;
		};
		return {
			census: counted,
			former: await formerOriginals(filePath, process.cwd(), wanted),
			where,
		};
	})
);
console.log(reports.flatMap((report) => [...textReport(report, style), '']).join('\n'));
if (args.includes('--check')) {
	const work = reports.flatMap(({ census: counted }) => needsWork(counted) ?? []);
	if (work.length > 0) {
		console.error(`Translations need work:\n${work.map((line) => `  ${line}`).join('\n')}`);
		process.exit(1);
	}
	console.log('Every translation is current.');
}
