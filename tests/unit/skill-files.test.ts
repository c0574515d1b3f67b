import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { languageKeys } from '../../src/i18n/languages';
import { urlTarget } from '../../src/markdown/file-path';
import { parseText } from '../../src/markdown/parse';
import { repositoryFolder } from '../../src/model/repository';
import { skillFileUrl, skillLinks } from '../../src/model/skill-links';
import { skillModel } from '../../src/model/skill-model';
import { skillPath } from '../../src/navigation/paths';
import { readSkill, readSkills } from '../../src/source/read-skills';
import { imageFiles } from '../../src/source/skill-files';
import { loadSkill, sourceError } from '../support/skills';
import { skillPairs } from '../support/texts';

const root = new URL('../../', import.meta.url);
const filesSkill = 'tests/fixtures/skills/files-and-links/skill.yaml';
/** Legal file names that a URL must encode, in the order the fixture shows them. */
const oddNames = [
	'a%41.png',
	'x#y.png',
	'q?.png',
	'flow chart.png',
	'流程.png',
	'a+b.png',
	'r&d.png',
].map((name) => `names/${name}`);
const repositorySkill = 'tests/fixtures/skills/linked-repository/skill.yaml';

/** The URLs of a tree's links and images, in order. */
function urls(tree: Root, type: 'link' | 'image'): string[] {
	const found: string[] = [];
	visit(tree, type, (node: { url: string }) => void found.push(node.url));
	return found;
}

describe('a URL in a text', () => {
	test('is a file of the folder, decoded, without ./, query or fragment', () => {
		expect(urlTarget('./images/flow%20chart.png?v=2#top')).toEqual({
			kind: 'file',
			path: 'images/flow chart.png',
			hash: '#top',
		});
		expect(urlTarget('../other/SKILL.md')).toEqual({
			kind: 'file',
			path: '../other/SKILL.md',
			hash: '',
		});
	});

	test('or an address, a place on the page, or a path from a host’s root', () => {
		for (const url of ['https://x.org/a.md', 'mailto:a@x.org', '#images', '//x.org/a.png'])
			expect(urlTarget(url)).toEqual({ kind: 'address' });
		expect(urlTarget('/etc/notes.md')).toEqual({ kind: 'rooted' });
	});

	test('from a host’s root however it is encoded', () => {
		for (const url of ['%2Fetc%2Fpasswd', '%5Cetc%5Cpasswd', '\\etc\\passwd'])
			expect(urlTarget(url)).toEqual({ kind: 'rooted' });
	});
});

describe('the repository a front matter names', () => {
	test('is the folder on GitHub that metadata.repository or repository gives', () => {
		expect(
			repositoryFolder({ metadata: { repository: 'https://github.com/o/r/tree/main/skills/pdf/' } })
		).toEqual({ blob: 'https://github.com/o/r/blob/main', folder: 'skills/pdf' });
		expect(repositoryFolder({ repository: 'https://github.com/o/r.git' })).toEqual({
			blob: 'https://github.com/o/r/blob/HEAD',
			folder: '',
		});
		// A host's name is the same in any case; the owner's and the repository's are kept.
		expect(repositoryFolder({ repository: 'HTTPS://GITHUB.com/Owner/Repo/tree/v1/x' })).toEqual({
			blob: 'https://github.com/Owner/Repo/blob/v1',
			folder: 'x',
		});
	});

	test('is none for text, other hosts, http or a file address', () => {
		for (const repository of [
			'vibeship-spawner-skills (Apache 2.0)',
			'http://github.com/o/r',
			'https://gitlab.com/o/r',
			'https://github.com/o/r/blob/main/SKILL.md',
		])
			expect(repositoryFolder({ metadata: { repository } })).toBeUndefined();
		expect(repositoryFolder({ source: 'https://github.com/o/r' })).toBeUndefined();
	});
});

describe('links and images as every view draws them', () => {
	const skill = loadSkill(filesSkill);
	const model = skillModel(skill, { skills: new Set(['files-and-links', 'every-block']) });
	const pairs = skillPairs(model);

	test.each(languageKeys)('images are at their published address on the %s page', (key) => {
		const shown = pairs.flatMap((pair) => urls(pair[key].tree, 'image'));
		expect(shown).toEqual(
			['diagram.png', 'images/flow.svg', 'diagram.png', ...oddNames].map((file) =>
				skillFileUrl(skill.name, file)
			)
		);
	});

	test.each(languageKeys)(
		'on the %s page, unpublished files are text, a skill of the site is its page',
		(key) => {
			const links = pairs.flatMap((pair) => urls(pair[key].tree, 'link'));
			expect(links).toEqual([
				skillPath('every-block', key),
				'#images',
				'mailto:team@example.com',
				'https://agentskills.io/specification',
			]);
			const text = pairs.map((pair) => pair[key].plain).join(' ');
			for (const kept of key === 'en' ? ['checklist', 'a missing skill', 'the root'] : ['检查清单'])
				expect(text).toContain(kept);
		}
	);

	test('the base is in front of every address of the site', () => {
		const read = skillLinks(skill, { base: '/docs/', skills: new Set(['every-block']) });
		const tree = read(parseText('![D](diagram.png) [B](../every-block/SKILL.md#lists)'), 'zh');
		expect(urls(tree, 'image')).toEqual(['/docs/skill-files/files-and-links/diagram.png']);
		expect(urls(tree, 'link')).toEqual(['/docs/zh-cn/skills/every-block/#lists']);
	});

	test('parsed texts, which are shared, are not changed', () => {
		const text = 'See [the checklist](checklists.md) ![D](diagram.png)';
		const before = structuredClone(parseText(text));
		skillLinks(skill, {})(parseText(text), 'en');
		expect(parseText(text)).toEqual(before);
	});

	test('links to the folder’s files go to the repository the front matter names', () => {
		const linked = skillPairs(skillModel(loadSkill(repositorySkill)));
		const folder = 'https://github.com/example/skills/blob/main/skills/linked-repository';
		for (const key of languageKeys)
			expect(linked.flatMap((pair) => urls(pair[key].tree, 'link'))).toEqual([
				`${folder}/checklists.md`,
				`${folder}/references/flow%20notes.md#steps`,
				'https://github.com/example/skills/blob/main/docs/guide.md',
				'#references',
			]);
	});
});

describe('the images of a skill’s folder', () => {
	test('are the files its texts show, each once', () => {
		expect(imageFiles(loadSkill(filesSkill))).toEqual(
			['diagram.png', 'images/flow.svg', ...oddNames].sort()
		);
	});

	test('must exist: a missing file stops the build at the text that shows it', () => {
		const error = sourceError('missing-image');
		expect(
			error.problems.map(({ line, column, where, message }) => ({ line, column, where, message }))
		).toEqual(
			['en', 'zh'].map((key, index) => ({
				line: 12 + index,
				column: 17,
				where: `section “Purpose”, block 1, list item 1, ${key}`,
				message: "shows `images/flow.png`, which is not in the skill's folder",
			}))
		);
		expect(error.message).toContain('Save the image as `images/flow.png` beside skill.yaml');
	});

	test('must be images', () => {
		expect(
			sourceError('not-an-image').problems.map(({ line, message }) => `${line} ${message}`)
		).toEqual([
			'12 shows `notes.md`, which is not an image file',
			'13 shows `notes.md`, which is not an image file',
		]);
	});

	test('are looked up again when the folder changes', async () => {
		await withCopy(async (folder, url) => {
			expect(
				(await readSkill('files-and-links/skill.yaml', 'files-and-links', url)).skill
			).toBeDefined();
			rmSync(join(folder, 'images'), { recursive: true });
			const { error } = await readSkill('files-and-links/skill.yaml', 'files-and-links', url);
			expect(error?.problems.map(({ message }) => message)).toEqual([
				"shows `images/flow.svg`, which is not in the skill's folder",
				"shows `images/flow.svg`, which is not in the skill's folder",
			]);
		});
	});

	test('an SVG that could run script is refused at the text, with its place in the SVG', async () => {
		await withCopy(async (folder, url) => {
			const svg = '<svg xmlns="http://www.w3.org/2000/svg">\n  <rect onload="alert(1)"/></svg>';
			writeFileSync(join(folder, 'images', 'flow.svg'), svg);
			const { error } = await readSkill('files-and-links/skill.yaml', 'files-and-links', url);
			expect(error?.problems.map(({ line, message }) => `${line} ${message}`)).toEqual(
				[21, 22].map(
					(line) =>
						`${line} shows \`images/flow.svg\`, which the site does not publish: its line 2, column 9 has the event handler \`onload\``
				)
			);
			expect(error?.problems[0]?.hint).toContain('Remove the event handler');
		});
	});

	// Read as UTF-8, the old check saw no script in it; a browser reads UTF-16 and runs it.
	test('an SVG in UTF-16 is refused, though it reads as harmless bytes in UTF-8', async () => {
		await withCopy(async (folder, url) => {
			const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
			writeFileSync(join(folder, 'images', 'flow.svg'), Buffer.from(svg, 'utf16le'));
			const { error } = await readSkill('files-and-links/skill.yaml', 'files-and-links', url);
			expect(error?.problems.map(({ line, message }) => `${line} ${message}`)).toEqual(
				[21, 22].map(
					(line) =>
						`${line} shows \`images/flow.svg\`, which the site does not publish: its line 1, column 2 has a NUL byte: the file is probably UTF-16 or UTF-32, not UTF-8`
				)
			);
		});
	});

	test('HTML saved under an image’s name is refused', async () => {
		await withCopy(async (folder, url) => {
			writeFileSync(join(folder, 'diagram.png'), '<html><script>alert(1)</script></html>');
			const { error } = await readSkill('files-and-links/skill.yaml', 'files-and-links', url);
			expect(error?.problems.map(({ line, message }) => `${line} ${message}`)).toEqual(
				[18, 19, 23].map(
					(line) =>
						`${line} shows \`diagram.png\`, which the site does not publish: it is not a PNG image: its bytes are not those of any image format`
				)
			);
		});
	});

	test('a symbolic link is refused as one, not as a missing file', async () => {
		await withCopy(async (folder, url) => {
			rmSync(join(folder, 'diagram.png'));
			symlinkSync('/etc/hostname', join(folder, 'diagram.png'));
			rmSync(join(folder, 'images'), { recursive: true });
			mkdirSync(join(folder, 'elsewhere'));
			writeFileSync(
				join(folder, 'elsewhere', 'flow.svg'),
				'<svg xmlns="http://www.w3.org/2000/svg"/>'
			);
			symlinkSync(join(folder, 'elsewhere'), join(folder, 'images'));
			const { error } = await readSkill('files-and-links/skill.yaml', 'files-and-links', url);
			expect(error?.problems.map(({ line, message }) => `${line} ${message}`)).toEqual([
				'18 shows `diagram.png`, which is a symbolic link',
				'19 shows `diagram.png`, which is a symbolic link',
				'21 shows `images/flow.svg`, which is in `images`, a symbolic link',
				'22 shows `images/flow.svg`, which is in `images`, a symbolic link',
				'23 shows `diagram.png`, which is a symbolic link',
			]);
			expect(error?.problems[0]?.hint).toContain(
				"publishes only files that are in the skill's folder"
			);
		});
	});

	test('a symbolic link to a skill’s folder is reported, not skipped', async () => {
		await withCopy(async (folder, url) => {
			const dir = fileURLToPath(url);
			symlinkSync(folder, join(dir, 'linked-skill'));
			const sources = await readSkills(dir, url);
			expect(sources[1]!.error!.message).toBe(
				`./linked-skill the folder: is a symbolic link (to \`${folder}\`), which the site does not follow.`
			);
			expect(sources.map(({ folder, skill }) => `${folder} ${skill ? 'read' : 'refused'}`)).toEqual(
				['files-and-links read', 'linked-skill refused']
			);
		});
	});
});

/** Runs `check` on a copy of the files-and-links fixture: its folder, and the URL of its parent. */
async function withCopy(check: (folder: string, url: URL) => Promise<void>) {
	const dir = mkdtempSync(join(tmpdir(), 'skill-files-'));
	const folder = join(dir, 'files-and-links');
	cpSync(new URL('tests/fixtures/skills/files-and-links/', root), folder, { recursive: true });
	try {
		await check(folder, pathToFileURL(`${dir}/`));
	} finally {
		rmSync(dir, { recursive: true });
	}
}
