import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { languageKeys, type LanguageKey } from '../../src/i18n/languages';
import type { SkillModel } from '../../src/model/skill-model';
import { reviewedCodeId } from '../../src/views/marks';
import { reservedIds } from '../../src/schema/reserved-ids';
import { builtSites, htmlPages, inSite, skillsDirOf } from '../support/built-sites';
import { loadModel } from '../support/skills';

const sourceOf = (site: string, name: string) => `${skillsDirOf(site)}/${name}/skill.yaml`;

/** How many blocks of code a page of one language marks for review. */
const reviewedCode = (model: SkillModel, key: LanguageKey): number =>
	model.codes.filter(({ pair }) => pair[key].status === 'review').length;

// Skill pages and compare views, in every language: the pages a section id lands on.
const skillPage = /^(?:[a-z-]+\/)?skills\/([a-z0-9-]+)\/(?:compare\/)?index\.html$/;

describe.each(builtSites)('the ids a page uses itself, in %s', (site) => {
	const pages = htmlPages(site).filter((page) => skillPage.test(page));

	test.each(pages)('%s: every id not from the skill is in schema/reserved-ids.ts', (page) => {
		const model = loadModel(sourceOf(site, skillPage.exec(page)![1]!));
		// Sections' ids and aliases, and the anchors of marked pairs (`<section>.<n>`, with a dot
		// that no section id has) and of their originals' popovers (`<anchor>.<language>`).
		// And the popovers of blocks of code marked for review, numbered on the page; and the
		// anchors of blocks of code, passages as the pairs are.
		const anchors = [...model.anchors.values()];
		const flaggedCode = languageKeys.reduce((most, key) => Math.max(most, reviewedCode(model, key)), 0);
		const fromSkill = new Set([
			...model.allSections.flatMap(({ id, aliases }) => [id, ...aliases]),
			...anchors,
			...anchors.flatMap((anchor) => languageKeys.map((key) => `${anchor}.${key}`)),
			...Array.from({ length: flaggedCode }, (_, n) => reviewedCodeId(n + 1)),
		]);
		const tree = fromHtml(readFileSync(inSite(site, page), 'utf8'));
		const own = selectAll('[id]', tree)
			.map((element) => String(element.properties.id))
			.filter((id) => !fromSkill.has(id));
		expect(new Set(own)).toEqual(new Set(reservedIds.keys()));
	});
});
