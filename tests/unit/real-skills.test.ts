import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { skillFile } from '../../src/export/skill-file';
import { languageKeys, otherLanguage } from '../../src/i18n/languages';
import { validSkillName } from '../../src/import/skill-name';
import { readSkillMarkdown } from '../../src/skill-md/read';
import { markdownTree } from '../support/markdown-tree';
import { imported } from '../support/round-trip';
import { readProjectFile } from '../support/skills';
import { skillModel } from '../../src/model/skill-model';

// The 40 public skills and their community Chinese translation (see the folder's README.md).
const folder = 'tests/fixtures/real-skills';
const names = readdirSync(folder).filter((name) => statSync(`${folder}/${name}`).isDirectory());
const [english] = languageKeys;
const chinese = otherLanguage(english);

/**
 * A SKILL.md as an agent reads it (its Markdown tree, and its front matter's values as written),
 * without the name, which the importer makes valid where it was not, and with the description's
 * surrounding blank space (the final line break of a `description: >` block) dropped, as the
 * source format drops it.
 */
function comparable(text: string) {
	const { frontmatter, tree } = markdownTree(text);
	const { name: _, description, ...fields } = frontmatter as Record<string, unknown>;
	return { frontmatter: { description: String(description).trim(), ...fields }, tree };
}

describe.each(names)('%s', (name) => {
	const original = readProjectFile(`${folder}/${name}/SKILL.md`);
	const translation = readProjectFile(`${folder}/${name}/SKILL.zh-CN.md`);
	const { skill, tally } = imported(original, translation, `${folder}/${name}`);

	it('imports with its Chinese into a source the site accepts', () => {
		const { frontmatter } = readSkillMarkdown(original, name);
		expect(skill.name).toBe(validSkillName(String(frontmatter['name'])));
		expect(tally.paired).toBeGreaterThan(0);
	});

	it('exports the English original back: the same Markdown tree and front matter', () => {
		const exported = skillFile(skillModel(skill, { checks: false }), english);
		expect(comparable(exported)).toEqual(comparable(original));
		expect(markdownTree(exported).frontmatter).toMatchObject({ name: skill.name });
	});

	it('exports a fully paired Chinese back, up to formatting', () => {
		// The sample's translations all have texts the English lacks (it was made from a newer
		// English), so none is fully paired as published. Its own Chinese export is: what was
		// paired, with English where nothing was. Imported again, it pairs completely (but for
		// the title of a file without a `# Title` line, which no export writes) and comes back
		// out the same.
		const paired = skillFile(skillModel(skill, { checks: false }), chinese);
		const again = imported(original, paired, `${folder}/${name}`);
		expect(again.tally.originalOnly.map(({ what }) => what)).toEqual(
			skill.titleHeading === false ? ['title'] : []
		);
		expect(again.tally.translationOnly).toEqual([]);
		expect(comparable(skillFile(skillModel(again.skill, { checks: false }), chinese))).toEqual(
			comparable(paired)
		);
	});
});
