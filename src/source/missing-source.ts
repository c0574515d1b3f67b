import { readdir } from 'node:fs/promises';
import { SkillSourceError } from './problems';

/**
 * What to say about a skill folder without its `skill.yaml`: a misnamed source (`skill.yml`,
 * `Skill.yaml`) is named, and how to name it; an empty folder is either given a source or removed.
 * @example
 * await missingSource('content/skills/x/skill.yaml', root)
 * // => SkillSourceError('content/skills/x/skill.yml the file: is named `skill.yml`; the site reads `skill.yaml`.')
 */
export async function missingSource(filePath: string, root: URL): Promise<SkillSourceError> {
	const folder = filePath.slice(0, filePath.lastIndexOf('/') + 1);
	const files = await readdir(new URL(folder, root)).catch(() => [] as string[]);
	const misnamed = files.find((name) => /^skill\.(ya?ml|yaml\.txt)$/i.test(name));
	if (misnamed) {
		return new SkillSourceError(`${folder}${misnamed}`, [
			{
				where: 'the file',
				message: `is named \`${misnamed}\`; the site reads \`skill.yaml\``,
				hint: `Rename it to \`skill.yaml\` (lowercase, with the \`.yaml\` ending).`,
			},
		]);
	}
	return new SkillSourceError(folder, [
		{
			where: 'the folder',
			message: `has no \`skill.yaml\`${files.length > 0 ? ` (it holds ${files.map((f) => `\`${f}\``).join(', ')})` : ' (it is empty)'}`,
			hint: `Write the skill's source in \`${filePath}\` (copy content/skills/mlops-engineer/skill.yaml to start), or remove the folder.`,
		},
	]);
}
