import { readdirSync, readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { languageKeys, type LanguageKey } from '../../src/i18n/languages';
import { skillPath } from '../../src/navigation/paths';
import { readSkillMarkdown } from '../../src/skill-md/read';
import { skillsDirOf } from '../support/built-sites';
import { loadModel, readProjectFile } from '../support/skills';
import { skillPairs } from '../support/texts';

// Nothing lost: every text of a real SKILL.md reaches its English page, and every paired Chinese
// text its Chinese page and the compare view, in order. Built by `npm run build:real`.
const site = 'dist-real';
const originals = 'tests/fixtures/real-skills';
const names = readdirSync(skillsDirOf(site)).sort();

/** A page's main text, with all white space gone: spacing is the renderer's, words are ours. */
function pageText(path: string): string {
	const tree = fromHtml(readFileSync(`${site}${path}index.html`, 'utf8'));
	return toText(select('main', tree)!).replace(/\s+/g, '');
}

/** The texts of a SKILL.md in reading order, as GFM renders them: headings, paragraphs, table
 * cells, code, HTML. */
function originalTexts(file: string): string[] {
	return textsOf(readSkillMarkdown(readProjectFile(file), file).tree);
}

/** The texts of a Markdown tree in reading order, as GFM renders them, white space removed. */
function textsOf(tree: Root): string[] {
	const texts: string[] = [];
	visit(tree, (node: Nodes) => {
		if (node.type === 'table') {
			// GFM drops the cells of a row beyond the header's (GitHub shows none of them either).
			const columns = node.children[0]?.children.length ?? 0;
			for (const row of node.children)
				for (const cell of row.children.slice(0, columns)) texts.push(toString(cell));
			return 'skip';
		}
		if (['heading', 'paragraph'].includes(node.type)) {
			texts.push(toString(node, { includeImageAlt: false }));
			return 'skip';
		}
		if (node.type === 'code' || node.type === 'html') texts.push(node.value);
		return undefined;
	});
	return texts.map((text) => text.replace(/\s+/g, '')).filter(Boolean);
}

/** The expected texts that are missing from the page, or out of order. */
function missing(page: string, expected: string[]): string[] {
	let from = 0;
	return expected.filter((text) => {
		const at = page.indexOf(text, from);
		if (at === -1) return true;
		from = at + text.length;
		return false;
	});
}

/** The paired texts of one language, in order (what a translator wrote, not stand-ins). */
function pairedTexts(name: string, key: LanguageKey): string[] {
	return skillPairs(loadModel(`${skillsDirOf(site)}/${name}/skill.yaml`))
		.map((pair) => pair[key])
		.filter((shown) => shown.status === 'translated')
		.flatMap((shown) => textsOf(shown.tree));
}

describe.each(names)('%s, imported with its Chinese', (name) => {
	test('every text of the original is on the English page, in order', () => {
		const expected = originalTexts(`${originals}/${name}/SKILL.md`);
		expect(expected.length).toBeGreaterThan(5);
		expect(missing(pageText(skillPath(name, 'en')), expected)).toEqual([]);
	});

	test.each(languageKeys)('every paired %s text is on its page and in the compare view', (key) => {
		const expected = pairedTexts(name, key);
		expect(missing(pageText(skillPath(name, key)), expected)).toEqual([]);
		expect(missing(pageText(skillPath(name, key, '/', 'compare')), expected)).toEqual([]);
	});
});
