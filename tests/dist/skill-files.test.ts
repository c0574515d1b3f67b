import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
/** The file of the build that a static host serves for a path: each segment decoded whole. */
const builtFile = (path: string) => join(site, ...path.split('/').map(decodeURIComponent));

describe.each(sources.filter((skill) => skillPairs(skillModel(skill)).some((pair) => imagesOf(pair.en).length)))(
	'the images of $name',
	(skill) => {
		const pairs = skillPairs(skillModel(skill, { skills: names }));

		test.each(languageKeys)('the %s page shows each, with its alt text, from the build', (key: LanguageKey) => {
			const shown = imagesIn(select('.sl-markdown-content', page(skillPath(skill.name, key))));
			expect(shown).toEqual(pairs.flatMap((pair) => imagesOf(pair[key])));
			for (const image of shown) expect(existsSync(builtFile(image.split(' ')[0]!))).toBe(true);
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

// Legal names that a URL must encode (`%`, `#`, `?`) once stopped the build or were written under
// their encoded names; they are published under their own, byte for byte, where the pages point.
test('the fixture site publishes every legal file name where its pages point', () => {
	const shown = imagesIn(select('.sl-markdown-content', page(skillPath('files-and-links', 'en'))))
		.map((image) => image.split(' ')[0]!)
		.filter((src) => src.includes('/names/'));
	const folder = 'tests/fixtures/skills/files-and-links';
	const names = readdirSync(join(folder, 'names')).sort();
	expect(shown.map((src) => decodeURIComponent(src.split('/').at(-1)!)).sort()).toEqual(names);
	for (const src of shown) {
		const file = decodeURIComponent(src.split('/').at(-1)!);
		expect(readFileSync(builtFile(src))).toEqual(readFileSync(join(folder, 'names', file)));
	}
});

test('the build gives hosts the skill files’ headers', () => {
	expect(readFileSync(join(site, '_headers'), 'utf8')).toContain(
		'/skill-files/*\n  Content-Security-Policy: sandbox\n  X-Content-Type-Options: nosniff\n'
	);
});

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
