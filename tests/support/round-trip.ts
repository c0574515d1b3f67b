import { importSkill } from '../../src/import/import-skill';
import { sourceYaml } from '../../src/import/source-yaml';
import { readSkillMarkdown } from '../../src/skill-md/read';
import { parseSkill } from '../../src/source/parse-skill';

/**
 * Imports a SKILL.md (and a translation) as `npm run import` does, and reads the source it writes
 * back as the site does: what the site would publish of the file.
 * @example
 * imported('# T\n\nHi\n').skill.body // => [{ kind: 'paragraph', paragraph: { en: 'Hi', untranslated: 'zh' } }]
 */
export function imported(original: string, translation?: string, folder = 'skill') {
	const result = importSkill({
		original: readSkillMarkdown(original, `${folder}/SKILL.md`),
		...(translation === undefined
			? {}
			: { translation: readSkillMarkdown(translation, `${folder}/SKILL.zh-CN.md`) }),
		fallbackName: folder.split('/').at(-1)!,
	});
	const yaml = sourceYaml(result.source, 'test');
	const file = `content/skills/${result.source.name}/skill.yaml`;
	const skill = parseSkill(yaml, { file, folder: result.source.name });
	return { ...result, yaml, skill };
}
