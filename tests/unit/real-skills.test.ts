import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { skillFile } from '../../src/export/skill-file';
import { languageKeys, otherLanguage } from '../../src/i18n/languages';
import { importSkill } from '../../src/import/import-skill';
import { validSkillName } from '../../src/import/skill-name';
import { sourceYaml } from '../../src/import/source-yaml';
import { readSkillMarkdown } from '../../src/skill-md/read';
import { parseSkill } from '../../src/source/parse-skill';
import { rendered } from '../support/rendered';
import { readProjectFile } from '../support/skills';

// The 40 public skills and their community Chinese translation (see the folder's README.md).
const folder = 'tests/fixtures/real-skills';
const names = readdirSync(folder).filter((name) => statSync(`${folder}/${name}`).isDirectory());
const [english] = languageKeys;
const chinese = otherLanguage(english);

/** Imports a skill's English and Chinese as `npm run import` does, and reads the result back as the site does. */
function imported(originalText: string, translationText: string, name: string) {
	const result = importSkill({
		original: readSkillMarkdown(originalText, `${folder}/${name}/SKILL.md`),
		translation: readSkillMarkdown(translationText, `${folder}/${name}/SKILL.zh-CN.md`),
	});
	const file = `content/skills/${result.source.name}/skill.yaml`;
	const skill = parseSkill(sourceYaml(result.source, 'test'), { file, folder: result.source.name });
	return { ...result, skill };
}

/**
 * The front matter as an agent reads it: without the name, which the importer makes valid where
 * it was not, and with the description's surrounding blank space (the final line break of a
 * `description: >` block) dropped, as the source format drops it.
 */
const comparable = ({ name: _, description, ...fields }: Record<string, unknown>) => ({
	description: String(description).trim(),
	...fields,
});

describe.each(names)('%s', (name) => {
	const original = readProjectFile(`${folder}/${name}/SKILL.md`);
	const translation = readProjectFile(`${folder}/${name}/SKILL.zh-CN.md`);
	const { skill, tally } = imported(original, translation, name);

	it('imports with its Chinese into a source the site accepts', () => {
		const { frontmatter } = readSkillMarkdown(original, name);
		expect(skill.name).toBe(validSkillName(String(frontmatter['name'])));
		expect(tally.paired).toBeGreaterThan(0);
	});

	it('exports the English original back, up to formatting', () => {
		const before = rendered(original);
		const after = rendered(skillFile(skill, english));
		expect(after.html).toBe(before.html);
		expect(comparable(after.frontmatter)).toEqual(comparable(before.frontmatter));
		expect(after.frontmatter['name']).toBe(skill.name);
	});

	it('exports a fully paired Chinese back, up to formatting', () => {
		// The sample's translations all have texts the English lacks (it was made from a newer
		// English), so none is fully paired as published. Its own Chinese export is: what was
		// paired, with English where nothing was. Imported again, it pairs completely (but for
		// the title of a file without a `# Title` line, which no export writes) and comes back
		// out the same.
		const paired = skillFile(skill, chinese);
		const again = imported(original, paired, name);
		expect(again.tally.originalOnly.map(({ what }) => what)).toEqual(
			skill.titleHeading === false ? ['title'] : []
		);
		expect(again.tally.translationOnly).toEqual([]);
		expect(rendered(skillFile(again.skill, chinese))).toEqual(rendered(paired));
	});
});
