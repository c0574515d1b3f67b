import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { languageKeys, type LanguageKey } from '../../src/i18n/languages';
import { urlTarget } from '../../src/markdown/file-path';
import { skillModel } from '../../src/model/skill-model';
import type { ShownText } from '../../src/model/shown';
import { skillPath } from '../../src/navigation/paths';
import { readSkills } from '../../src/source/read-skills';
import { builtSites, htmlPages } from '../support/built-sites';
import { skillPairs } from '../support/texts';

const root = pathToFileURL(`${process.cwd()}/`);
const sources = (await readSkills('tests/fixtures/skills', root)).map(({ skill, error }) => {
	if (!skill) throw error;
	return skill;
});
const names = new Set(sources.map((skill) => skill.name));
const site = 'dist-fixtures';

/** The images a shown text holds, as `src alt`. */
function imagesOf(shown: ShownText): string[] {
	const found: string[] = [];
	visit(shown.tree, 'image', (node) => void found.push(`${node.url} ${node.alt}`));
	return found;
}
const imagesIn = (content: Element | undefined) =>
	selectAll('img', content).map(({ properties }) => `${properties.src} ${properties.alt}`);
const page = (path: string) => fromHtml(readFileSync(`${site}${path}index.html`, 'utf8'));

describe.each(sources.filter((skill) => skillPairs(skillModel(skill)).some((pair) => imagesOf(pair.en).length)))(
	'the images of $name',
	(skill) => {
		const pairs = skillPairs(skillModel(skill, { skills: names }));

		test.each(languageKeys)('the %s page shows each, with its alt text, from the build', (key: LanguageKey) => {
			const shown = imagesIn(select('.sl-markdown-content', page(skillPath(skill.name, key))));
			expect(shown).toEqual(pairs.flatMap((pair) => imagesOf(pair[key])));
			for (const image of shown) expect(existsSync(`${site}${image.split(' ')[0]}`)).toBe(true);
		});

		test.each(languageKeys)('the compare view in %s shows each language’s', (ui: LanguageKey) => {
			const shown = imagesIn(select('main', page(skillPath(skill.name, ui, '/', 'compare'))));
			const expected = pairs.flatMap((pair) =>
				languageKeys.flatMap((side) => (pair[side].status === 'translated' ? imagesOf(pair[side]) : []))
			);
			expect(shown.sort()).toEqual(expected.sort());
		});
	}
);

describe.each(builtSites)('%s links to no file it does not publish', (built) => {
	test('no link is relative to the page it is on', () => {
		const relative = htmlPages(built).flatMap((file) =>
			selectAll('a[href]', fromHtml(readFileSync(`${built}/${file}`, 'utf8')))
				.map(({ properties }) => String(properties.href))
				.filter((href) => urlTarget(href).kind === 'file')
				.map((href) => `${href} on ${file}`)
		);
		expect(relative).toEqual([]);
	});
});
