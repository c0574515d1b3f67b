import { Document, isMap, LineCounter, parseDocument } from 'yaml';
import { skillSchema, type Skill } from '../schema/skill';
import { explainIssue, specificIssues } from './explain';
import { describePath, locate } from './locate';
import { controlProblems } from './encoding';
import { sizeProblem, utf8Bytes } from './limits';
import { skillLimitProblems } from './skill-limits';
import { depthProblem, duplicateKeyProblems } from './yaml-limits';
import { SkillSourceError, type Problem } from './problems';
import { sameTextWarning, untranslatedCopies } from './same-text';
import { imageFileProblems } from './skill-files';
import { yamlProblem } from './yaml-errors';
import { featureProblems, toPlainData } from './yaml-features';
import { locatePairs } from './pair-locations';

export interface SourceContext {
	/** The file's path relative to the project root, as errors print it. */
	file: string;
	/** The skill's folder name, which must equal its `name`. */
	folder: string;
	/** Told of what is probably a mistake but does not stop the build (a pair left untranslated). */
	warn?: ((warning: SkillSourceError) => void) | undefined;
	/** The files in the skill's folder, as paths from it (`images/flow.svg`): every image a text
	 * shows must be one of them. Without it, images are not looked up. */
	files?: ReadonlySet<string> | undefined;
	/** The folder's symbolic links, which the site does not follow (source/folder-files.ts). */
	links?: ReadonlySet<string> | undefined;
	/** Reads a file of the folder, to check that an image is one that runs and loads nothing. */
	bytes?: ((file: string) => Uint8Array) | undefined;
}

/**
 * Reads one bilingual skill source: YAML text in, a checked {@link Skill} out. Every problem is
 * reported with its line and column and a fix, all at once, as a {@link SkillSourceError}.
 * @example
 * parseSkill('name: x\ntitle: …', { file: 'content/skills/x/skill.yaml', folder: 'x' }) // => { name: 'x', … }
 */
export function parseSkill(
	text: string,
	{ file, folder, warn, files, links, bytes }: SourceContext
): Skill {
	// The loader refused a larger file unread; this says the same to the importer's check.
	const tooLarge = sizeProblem(utf8Bytes(text));
	if (tooLarge) throw new SkillSourceError(file, [tooLarge]);
	const controls = controlProblems(text);
	if (controls.length > 0) throw new SkillSourceError(file, controls);
	const lineCounter = new LineCounter();
	// Repeated keys are found by yaml-limits.ts, in linear time: YAML's own check is quadratic.
	const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
	const deep = depthProblem(doc, lineCounter);
	if (deep) throw new SkillSourceError(file, [deep]);
	// One mistake can make YAML report several errors at the same place: say it once.
	const syntax = [
		...new Map(
			[
				...doc.errors.map((error) => yamlProblem(error, text, lineCounter)),
				...duplicateKeyProblems(doc, lineCounter),
			].map((problem) => [`${problem.line}:${problem.message}`, problem])
		).values(),
	];
	const features = syntax.length > 0 ? [] : featureProblems(doc, lineCounter);
	if (syntax.length + features.length > 0)
		throw new SkillSourceError(file, [...syntax, ...features]);

	const { raw, problem } = toPlainData(doc, lineCounter);
	if (problem) throw new SkillSourceError(file, [problem]);
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		throw new SkillSourceError(file, [
			{
				line: 1,
				column: 1,
				where: 'the file',
				message: 'is not a YAML mapping of `name`, `title`, `description` and `sections`',
				hint: 'Start from an existing skill.yaml; see the source format in README.md.',
			},
		]);
	}

	// Counted before any text is parsed, so that the schema never checks 100,000 pairs.
	const over = skillLimitProblems(raw).map(({ path, message, hint }) => ({
		...locate(doc, lineCounter, path),
		where: describePath(raw, path),
		message,
		hint,
	}));
	if (over.length > 0) throw new SkillSourceError(file, over);

	const problems: Problem[] = [];
	const result = skillSchema.safeParse(raw);
	if (!result.success) {
		for (const issue of specificIssues(result.error.issues)) {
			const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
			problems.push({
				...locate(doc, lineCounter, issue.path, key),
				where: describePath(raw, issue.path),
				...explainIssue(issue, raw),
			});
		}
	} else if (result.data.name !== folder) {
		problems.push({
			...locate(doc, lineCounter, ['name']),
			where: 'name',
			message: `is \`${result.data.name}\`, but the skill's folder is \`${folder}\``,
			hint: 'The name is the folder name (Agent Skills rule): rename the folder or change `name`.',
		});
	}
	if (result.success && files) {
		for (const { path, message, hint } of imageFileProblems(result.data, { files, links, bytes }))
			problems.push({
				...locate(doc, lineCounter, path),
				where: describePath(raw, path),
				message,
				hint,
			});
	}
	if (problems.length > 0) {
		problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
		throw new SkillSourceError(file, problems);
	}
	locatePairs(result.data!, doc, lineCounter);
	const written = writtenFrontmatter(doc);
	const copies = untranslatedCopies(raw).map((path) => ({
		...locate(doc, lineCounter, path),
		where: describePath(raw, path),
		...sameTextWarning(),
	}));
	if (warn && copies.length > 0) warn(new SkillSourceError(file, copies));
	return written === undefined ? result.data! : { ...result.data!, frontmatterYaml: written };
}

/** The `frontmatter:` mapping as YAML, its values as the source wrote them (quotes, comments,
 * `1.10`), or nothing when the source has none. */
function writtenFrontmatter(doc: Document): string | undefined {
	const node = doc.get('frontmatter', true);
	if (!isMap(node) || node.items.length === 0) return undefined;
	return new Document(node).toString({ lineWidth: 0 });
}
