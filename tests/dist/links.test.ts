import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languageKeys } from '../../src/i18n/languages';
import { skillModel } from '../../src/model/skill-model';
import { skillPath } from '../../src/navigation/paths';
import { readSkills } from '../../src/source/read-skills';
import { pathToFileURL } from 'node:url';
import { brokenLinks, withLinkPage } from './check-links';
import { builtSites, skillsDirOf } from '../support/built-sites';

/** Links with every old id of every section, on each page a skill has. */
async function aliasLinks(skillsDir: string): Promise<string[]> {
	const sources = await readSkills(skillsDir, pathToFileURL(`${process.cwd()}/`));
	return sources.flatMap(({ skill, error }) => {
		if (!skill) throw error;
		const pages = languageKeys.flatMap((key) => [
			skillPath(skill.name, key),
			skillPath(skill.name, key, '/', 'compare'),
		]);
		const aliases = skillModel(skill).allSections.flatMap((section) => section.aliases);
		return pages.flatMap((page) => aliases.map((alias) => `${page}#${encodeURIComponent(alias)}`));
	});
}

describe.each(builtSites.map((site) => [site, skillsDirOf(site)]))(
	'%s has no broken link or anchor',
	(site, skillsDir) => {
	test('across its pages and languages', async () => {
		expect(await brokenLinks(site)).toEqual([]);
	});

	test('including links with sections’ old ids', async () => {
		const links = await aliasLinks(skillsDir);
		expect(links.length).toBeGreaterThan(0);
		expect(await brokenLinks(withLinkPage(site, links))).toEqual([]);
	});
});

test('the check fails on a broken anchor', async () => {
	const site = mkdtempSync(join(tmpdir(), 'broken-'));
	writeFileSync(join(site, 'index.html'), '<!doctype html><a href="/page.html#missing">x</a><a href="/page.html#here">y</a>');
	writeFileSync(join(site, 'page.html'), '<!doctype html><h2 id="here">Here</h2>');
	const broken = await brokenLinks(site);
	expect(broken).toHaveLength(1);
	expect(broken[0]).toMatch(/page\.html#missing/);
});
