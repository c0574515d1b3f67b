import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skillFile as exportSkill } from '../../src/export/skill-file';
import { findSkill } from '../../src/import/find-skills';
import { importAll } from '../../src/import/import-all';
import { parseSkill } from '../../src/source/parse-skill';
import { markdownTree } from '../support/markdown-tree';
import { skillFile, tempFiles } from '../support/import-folder';
import { readProjectFile } from '../support/skills';
import { skillModel } from '../../src/model/skill-model';

const png = readFileSync('tests/fixtures/skills/files-and-links/diagram.png');
const svg = readProjectFile('tests/fixtures/skills/files-and-links/images/flow.svg');

/** Imports `<dir>/demo/SKILL.md` (and `zh/SKILL.md` when given) into `<dir>/out`. */
function importDemo(files: Record<string, string | Uint8Array>) {
	const dir = tempFiles(files);
	const zh = files['zh/SKILL.md'] === undefined ? undefined : join(dir, 'zh/SKILL.md');
	const [row] = importAll(findSkill(join(dir, 'demo/SKILL.md'), zh), join(dir, 'out'));
	return { dir, row: row!, out: join(dir, 'out/demo') };
}

describe('the importer never writes a source the build refuses', () => {
	it('keeps a fence info string that is no language name whole in meta, and exports it back', () => {
		const body =
			'# Demo\n\n```{r}\nx <- 1\n```\n\n```/bin/sh -e\nls\n```\n\n```jsx:title=App.jsx\n<App />\n```';
		const { row, out } = importDemo({ 'demo/SKILL.md': skillFile('demo', body) });
		expect(row.done).toBe('written');
		const yaml = readFileSync(join(out, 'skill.yaml'), 'utf8');
		const skill = parseSkill(yaml, { file: 'skill.yaml', folder: 'demo' });
		expect(skill.body?.map((block) => block.kind === 'code' && [block.lang, block.meta])).toEqual([
			[undefined, '{r}'],
			[undefined, '/bin/sh -e'],
			[undefined, 'jsx:title=App.jsx'],
		]);
		const exported = exportSkill(skillModel(skill, { checks: false }), 'en');
		expect(exported).toContain('```{r}\nx <- 1\n```');
		expect(markdownTree(exported).tree).toEqual(markdownTree(skillFile('demo', body)).tree);
	});

	it('copies the images the SKILL.md shows into the skill folder, keeping their folders', () => {
		const { row, out } = importDemo({
			'demo/SKILL.md': skillFile(
				'demo',
				'# Demo\n\n![Flow](images/flow.svg)\n\n![Diagram](./diagram.png)'
			),
			'demo/images/flow.svg': svg,
			'demo/diagram.png': png,
			'demo/unused.png': png,
		});
		expect(row.done).toBe('written');
		expect(readFileSync(join(out, 'images/flow.svg'), 'utf8')).toBe(svg);
		expect(readFileSync(join(out, 'diagram.png'))).toEqual(png);
		expect(existsSync(join(out, 'unused.png'))).toBe(false);
	});

	it('refuses a skill whose image is missing, unsafe or a link, with the site’s messages, writing nothing', () => {
		const { dir, row, out } = importDemo({
			'demo/SKILL.md': skillFile(
				'demo',
				'# Demo\n\n![Gone](gone.png)\n\n![Bad](bad.svg)\n\n![Linked](linked.png)'
			),
			'demo/bad.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
		});
		expect(row.done).toBe('refused');
		expect(existsSync(out)).toBe(false);
		expect(row.problems).toMatch(
			/skill\.yaml:\d+:\d+ block 1, paragraph, en: shows `gone\.png`, which is not in the skill's folder\./
		);
		expect(row.problems).toMatch(
			/skill\.yaml:\d+:\d+ block 2, paragraph, en: shows `bad\.svg`, which the site does not publish: its line 1, column \d+ has the element `<script>`/
		);
		// The source it would have written is saved apart, so that each file:line:col can be opened.
		const [, copy] = /\((\S+skill\.yaml) is the source the import would have written/.exec(
			row.problems!
		)!;
		expect(readFileSync(copy!, 'utf8')).toContain('![Gone](gone.png)');
		symlinkSync(join(dir, 'demo/bad.svg'), join(dir, 'demo/linked.png'));
		const again = importAll(findSkill(join(dir, 'demo/SKILL.md')), join(dir, 'out'))[0]!;
		expect(again.problems).toMatch(/shows `linked\.png`, which is a symbolic link/);
	});

	it('leaves tables whose shapes differ unpaired: the English table stays, the Chinese is listed', () => {
		const english =
			'# Demo\n\n## Plans\n\n| Plan | Price |\n| --- | --- |\n| Free | $0 |\n| Pro | $10 |\n| Team | $30 |';
		const chinese =
			'# 演示\n\n## 方案\n\n| 方案 | 价格 |\n| --- | --- |\n| 免费 | $0 |\n| 专业 | $10 |';
		const { row, out } = importDemo({
			'demo/SKILL.md': skillFile('demo', english),
			'zh/SKILL.md': skillFile('demo', chinese, '一个技能。'),
		});
		expect(row.done).toBe('written');
		expect(row.tally.translationOnly).toMatchObject([{ what: 'table' }]);
		expect(readFileSync(join(out, 'skill.yaml'), 'utf8')).toMatch(
			/\| Team \| \$30 \|\n\s+untranslated: zh/
		);
	});
});
