import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { skillModel } from '../../src/model/skill-model';
import {
	editAddress,
	issueAddress,
	sourceRepository,
	type SourceRepository,
} from '../../src/links/source-links';
import { compareHtml } from '../../src/views/compare-tree';
import { names } from '../../src/views/names';
import { pageHtml } from '../../src/views/page-html';
import { loadSkill, readProjectFile } from '../support/skills';

const file = 'content/skills/mlops-engineer/skill.yaml';
const model = skillModel(loadSkill(file), { file });
const repository: SourceRepository = {
	url: 'https://github.com/acme/skills',
	branch: 'main',
	commit: 'abc1234',
	root: process.cwd(),
};
const label = (title: string) => `Section titled “${title}”`;
const sourceLines = readProjectFile(file).split('\n');

/** Each "Edit" link of some HTML, with the text of the element its links follow. */
function editLinks(html: string) {
	return selectAll(`.${names.editLinks}`, fromHtml(html, { fragment: true })).map((links) => {
		const [edit, report] = selectAll('a', links);
		return { edit: String(edit!.properties.href), report: String(report!.properties.href) };
	});
}

describe('the repository a site names', () => {
	test('none without SKILLS_REPOSITORY; the branch defaults to main', () => {
		expect(sourceRepository({}, 'content/skills')).toBeUndefined();
		const named = sourceRepository(
			{ SKILLS_REPOSITORY: 'https://github.com/acme/skills.git/', SKILLS_COMMIT: 'f00' },
			'content/skills'
		);
		expect(named).toMatchObject({
			url: 'https://github.com/acme/skills',
			branch: 'main',
			commit: 'f00',
		});
	});

	test('an address that is not a GitHub repository stops the build with the fix', () => {
		for (const given of [
			'http://github.com/a/b',
			'https://github.com/a',
			'javascript:alert(1)//github.com/a/b',
		])
			expect(() => sourceRepository({ SKILLS_REPOSITORY: given }, '.')).toThrow(
				/SKILLS_REPOSITORY[\s\S]*Fix: set it to https:\/\/github\.com\/<owner>\/<repo>/
			);
	});

	test('a repository, a branch or a folder that would lead the links elsewhere stops the build', () => {
		for (const given of [
			'https://github.com/../..',
			'https://github.com/acme/..',
			'https://github.com/a.b/c',
		])
			expect(() => sourceRepository({ SKILLS_REPOSITORY: given }, '.'), given).toThrow(
				/SKILLS_REPOSITORY[\s\S]*Fix:/
			);
		const site = { SKILLS_REPOSITORY: 'https://github.com/acme/skills' };
		for (const branch of ['../../evil/repo', 'a/../b', '.hidden', 'a//b', 'x.lock', 'a b', 'a\\b'])
			expect(
				() => sourceRepository({ ...site, SKILLS_BRANCH: branch }, 'content/skills'),
				branch
			).toThrow(/SKILLS_BRANCH[\s\S]*Fix:/);
		expect(
			sourceRepository({ ...site, SKILLS_BRANCH: 'release/2.1' }, 'content/skills')
		).toMatchObject({ branch: 'release/2.1' });
		// Outside any git repository and outside the folder the build runs in: no path to name.
		const outside = mkdtempSync(join(tmpdir(), 'skills-'));
		try {
			expect(() => sourceRepository(site, outside)).toThrow(/not in a git repository[\s\S]*Fix:/);
		} finally {
			rmSync(outside, { recursive: true });
		}
	});

	test('a path and a branch are escaped part by part', () => {
		const odd = { ...repository, branch: 'release/2 #1' };
		expect(editAddress(odd, 'content/skills/a b#c/skill.yaml', 3)).toBe(
			'https://github.com/acme/skills/blob/release/2%20%231/content/skills/a%20b%23c/skill.yaml#L3'
		);
		const issue = new URL(issueAddress(repository, 'A & B', 'x\n> y'));
		expect(issue.searchParams.get('title')).toBe('A & B');
		expect(issue.searchParams.get('body')).toBe('x\n> y');
	});
});

describe('"Edit this translation" and "Report a problem"', async () => {
	const zh = await pageHtml(model, 'zh', label, repository);

	test('every text of the Chinese page links to the line of its Chinese text', () => {
		const links = editLinks(zh);
		// Headings, paragraphs, list items, tables and code that each language writes.
		expect(links.length).toBeGreaterThan(model.pairs.length * 0.9);
		for (const { edit } of links) {
			const line = Number(edit.match(/#L(\d+)$/)![1]);
			expect(edit.startsWith(`${repository.url}/blob/main/${file}#L`)).toBe(true);
			expect(sourceLines[line - 1]).toMatch(/^\s*(- )?(zh|en|untranslated):/);
		}
		const first = model.allSections[0]!.heading;
		const line = first.zh.at!.texts.zh!.line;
		expect(sourceLines[line - 1]).toContain(first.zh.markdown);
	});

	test('a report names the skill, the section, both texts and the commit', () => {
		const section = model.allSections[1]!;
		const report = editLinks(zh).find(({ report }) =>
			new URL(report).searchParams.get('body')!.includes(section.heading.zh.markdown)
		)!;
		const issue = new URL(report.report);
		expect(issue.origin + issue.pathname).toBe(`${repository.url}/issues/new`);
		expect(issue.searchParams.get('title')).toBe(`译文问题：mlops-engineer › ${section.id}`);
		const body = issue.searchParams.get('body')!;
		for (const part of ['mlops-engineer', section.id, section.heading.en.markdown, 'abc1234'])
			expect(body).toContain(part);
	});

	test('none on the original’s page, and none anywhere without a repository', async () => {
		expect(editLinks(await pageHtml(model, 'en', label, repository))).toEqual([]);
		expect(editLinks(await pageHtml(model, 'zh', label))).toEqual([]);
		expect(editLinks(await compareHtml(model, 'en', '/'))).toEqual([]);
		expect(await pageHtml(model, 'zh', label)).toBe(
			(await pageHtml(model, 'zh', label, repository)).replace(
				/<span class="edit-links"[^]*?<\/span>|<p><span class="edit-links"[^]*?<\/span><\/p>\n?/g,
				''
			)
		);
	});

	test('each row of the compare view has them in its translation’s cell, in the interface language', async () => {
		const tree = fromHtml(await compareHtml(model, 'en', '/', repository), { fragment: true });
		const rows = selectAll(`.${names.row}:not(.${names.legend})`, tree);
		const linked = selectAll(`.${names.editLinks}`, tree);
		expect(linked.length).toBeGreaterThan(rows.length * 0.9);
		expect(selectAll(`[data-role="original"] .${names.editLinks}`, tree)).toEqual([]);
		expect(toText(linked[0]!)).toBe('Edit this translationReport a problem');
	});
});
