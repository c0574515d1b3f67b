import { readdirSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { languageKeys } from '../../src/i18n/languages';
import { compareHtml } from '../../src/views/compare-tree';
import { data, markedCell, names } from '../../src/views/names';
import { pageHtml } from '../../src/views/page-html';
import { loadModel, readProjectFile } from '../support/skills';

// The views' class names and data attributes are defined once (src/views/names.ts): the views
// write only those, and each is read by a stylesheet or a browser script.

/** Classes that are not ours: Starlight's heading and aside markup, and Shiki's code and its themes. */
const foreign = /^(?:sl-|starlight-aside|astro-code|github-|sr-only$|level-h[1-6]$|line$)/;

const fixtures = readdirSync(new URL('../fixtures/skills/', import.meta.url), {
	withFileTypes: true,
})
	.filter((entry) => entry.isDirectory())
	.map((entry) => `tests/fixtures/skills/${entry.name}/skill.yaml`);

/** Every class the views write for the fixture skills, in every language. */
async function writtenClasses(): Promise<Set<string>> {
	const found = new Set<string>();
	for (const file of fixtures) {
		const model = loadModel(file);
		for (const key of languageKeys) {
			for (const html of [
				await pageHtml(model, key, (title) => title),
				await compareHtml(model, key, '/'),
			]) {
				for (const element of selectAll('[class]', fromHtml(html, { fragment: true })))
					for (const name of element.properties.className as string[]) found.add(name);
			}
		}
	}
	return found;
}

const ours = new Set<string>([
	...Object.values(names),
	...(['outdated', 'review', 'machine'] as const).map(markedCell),
]);

/** What the stylesheets and the browser scripts say. */
const stylesheets = readdirSync(new URL('../../src/styles/', import.meta.url))
	.filter((file) => file.endsWith('.css'))
	.map((file) => readProjectFile(`src/styles/${file}`))
	.join('\n');
const scripts = [
	'src/components/compare/SkillCompare.astro',
	'src/components/SectionLinks.astro',
	'src/components/PassageLinks.astro',
]
	.map(readProjectFile)
	.join('\n');

describe('the views’ markup names', () => {
	test('every class a view writes is defined in views/names.ts', async () => {
		const unknown = [...(await writtenClasses())].filter(
			(name) => !ours.has(name) && !foreign.test(name)
		);
		expect(unknown).toEqual([]);
	}, 30_000);

	test('every class defined there is read by a stylesheet or a script', () => {
		const unread = Object.entries(names).filter(
			([key, name]) =>
				!new RegExp(`\\.${name}(?![\\w-])`).test(stylesheets) &&
				!scripts.includes(`names.${key}`) &&
				!new RegExp(`\\b${key}\\b[^;]*= names`).test(scripts)
		);
		expect(unread.map(([key]) => key)).toEqual([]);
	});

	test('every data attribute defined there is read by a stylesheet or a script', () => {
		const unread = Object.entries(data).filter(
			([key, attribute]) =>
				// Pagefind reads its own.
				attribute !== 'data-pagefind-ignore' &&
				!stylesheets.includes(`[${attribute}`) &&
				!scripts.includes(`data.${key}`)
		);
		expect(unread.map(([key]) => key)).toEqual([]);
	});
});
