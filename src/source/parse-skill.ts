import { LineCounter, parseDocument } from 'yaml';
import { skillSchema, type Skill } from '../schema/skill';
import { explainIssue } from './explain';
import { describePath, locate } from './locate';
import { SkillSourceError, type Problem } from './problems';

export interface SourceContext {
	/** The file's path relative to the project root, as errors print it. */
	file: string;
	/** The skill's folder name, which must equal its `name`. */
	folder: string;
}

const yamlHint =
	'Fix the YAML at that line. Texts that start with `` ` ``, `"`, `*`, `&`, `!`, `[` or `{`, or ' +
	'contain `: ` or ` #`, need quotes: `en: "…"` (or single quotes when the text has double ones).';

/**
 * Reads one bilingual skill source: YAML text in, a checked {@link Skill} out. Every problem is
 * reported with its line and column and a fix, all at once, as a {@link SkillSourceError}.
 * @example
 * parseSkill('name: x\ntitle: …', { file: 'content/skills/x/skill.yaml', folder: 'x' }) // => { name: 'x', … }
 */
export function parseSkill(text: string, { file, folder }: SourceContext): Skill {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
	if (doc.errors.length > 0) {
		throw new SkillSourceError(
			file,
			doc.errors.map((error) => {
				const { line, col } = lineCounter.linePos(error.pos[0]);
				const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
				return {
					line,
					column: col,
					where: 'YAML',
					message: `cannot be read: ${message}`,
					hint: yamlHint,
				};
			})
		);
	}

	const raw: unknown = doc.toJS();
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

	const problems: Problem[] = [];
	const result = skillSchema.safeParse(raw);
	if (!result.success) {
		for (const issue of result.error.issues) {
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
	if (problems.length > 0) {
		problems.sort((a, b) => a.line - b.line || a.column - b.column);
		throw new SkillSourceError(file, problems);
	}
	return result.data!;
}
