import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSkill, findSkills } from '../../src/import/find-skills';
import { importAll } from '../../src/import/import-all';
import { skillFile, tempFiles } from '../support/import-folder';

// A translation belongs to the skill whose folder it sits in: the front matter's name is how a
// translator spelled it, and 40 of 541 real skills lost their Chinese when it decided.
const docx = skillFile('docx', '# Docx\n\nWrite Word documents with `python-docx`.');
const docxZh = skillFile('docx-official', '# Docx\n\n用 `python-docx` 编写 Word 文档。');
const pdf = skillFile('pdf', '# PDF\n\nRead PDF files with `pypdf`.');
const pdfZh = skillFile('pdf', '# PDF\n\n用 `pypdf` 读取 PDF 文件。');

const translationOf = (found: ReturnType<typeof findSkills>, folder: string) =>
	found.skills.find((skill) => skill.folder === folder)?.translation?.file;

describe('a folder import pairs each skill with the translation in its folder', () => {
	it('whatever name the translation spells', () => {
		const dir = tempFiles({
			'en/docx/SKILL.md': docx,
			'zh/docx/SKILL.md': docxZh,
			'en/active-directory-attacks/SKILL.md': skillFile(
				'Active Directory Attacks',
				'# AD\n\nEnumerate users with `ldapsearch`.'
			),
			'zh/active-directory-attacks/SKILL.zh-CN.md': skillFile(
				'active-directory-attacks',
				'# AD\n\n用 `ldapsearch` 枚举用户。'
			),
		});
		const found = findSkills(join(dir, 'en'), join(dir, 'zh'));
		expect(translationOf(found, 'docx')).toBe(join(dir, 'zh/docx/SKILL.md'));
		expect(translationOf(found, 'active-directory-attacks')).toBe(
			join(dir, 'zh/active-directory-attacks/SKILL.zh-CN.md')
		);
		expect(found.skipped).toEqual([]);
		const [, written] = importAll(found, join(dir, 'out'));
		expect(written!.name).toBe('docx');
		expect(written!.tally.paired).toBeGreaterThan(1);
	});

	it('or with SKILL.zh-CN.md beside the original', () => {
		const dir = tempFiles({ 'en/docx/SKILL.md': docx, 'en/docx/SKILL.zh-CN.md': docxZh });
		const found = findSkills(join(dir, 'en'));
		expect(translationOf(found, 'docx')).toBe(join(dir, 'en/docx/SKILL.zh-CN.md'));
	});

	it('but not with a translation whose name is another skill of the folder', () => {
		// Saved in the wrong folder: docx's Chinese file is pdf's. Matched by name, it took pdf's
		// place, and docx went without a word.
		const dir = tempFiles({
			'en/docx/SKILL.md': docx,
			'en/pdf/SKILL.md': pdf,
			'zh/docx/SKILL.md': pdfZh,
			'zh/pdf/SKILL.md': pdfZh,
			'zh/xlsx/SKILL.md': skillFile('xlsx', '# XLSX\n\n表格。'),
		});
		const found = findSkills(join(dir, 'en'), join(dir, 'zh'));
		expect(translationOf(found, 'docx')).toBeUndefined();
		expect(translationOf(found, 'pdf')).toBe(join(dir, 'zh/pdf/SKILL.md'));
		expect(found.skipped.map(({ reason, file }) => [reason, file])).toEqual([
			['translation of another skill', join(dir, 'zh/docx/SKILL.md')],
			['no original', join(dir, 'zh/xlsx/SKILL.md')],
		]);
		expect(found.skipped[0]!.message).toMatch(
			/zh\/docx\/SKILL\.md:2:1 name: is `pdf`, the skill of the folder `pdf`, not `docx`: not paired/
		);
	});

	it('unless --zh names that file: paired as asked, with a note', () => {
		const dir = tempFiles({ 'docx/SKILL.md': docx, 'zh/SKILL.md': pdfZh });
		const found = findSkill(join(dir, 'docx/SKILL.md'), join(dir, 'zh/SKILL.md'));
		expect(found.skills[0]!.translation?.file).toBe(join(dir, 'zh/SKILL.md'));
		expect(found.skills[0]!.notes).toEqual([
			`${join(dir, 'zh/SKILL.md')}:2:1 name: is \`pdf\`, where the original's is \`docx\`: paired, as \`--zh\` named it.`,
		]);
	});

	it('refuses the second of two skills of one name, which would overwrite the first', () => {
		const dir = tempFiles({ 'en/docx/SKILL.md': docx, 'en/docx-v2/SKILL.md': docx });
		const rows = importAll(findSkills(join(dir, 'en')), join(dir, 'out'));
		expect(rows.map(({ done }) => done)).toEqual(['written', 'refused']);
		expect(rows[1]!.problems).toMatch(
			/en\/docx-v2\/SKILL\.md:2:1 name: makes the skill `docx`, as \S+en\/docx\/SKILL\.md of this import does/
		);
	});

	it('and skips a skill whose file it cannot read, with its located message, not the others', () => {
		const dir = tempFiles({
			'en/docx/SKILL.md': docx,
			'en/pdf/SKILL.md': '---\nname: [pdf\n---\n',
		});
		const found = findSkills(join(dir, 'en'));
		expect(found.skills.map((skill) => skill.folder)).toEqual(['docx']);
		expect(found.skipped).toMatchObject([
			{
				reason: 'refused',
				message: expect.stringMatching(
					/en\/pdf\/SKILL\.md:2:\d+: the front matter is not valid YAML/
				),
			},
		]);
	});
});
