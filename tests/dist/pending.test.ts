import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Node } from 'unist';
import { EXIT, visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { languageKeys, languages } from '../../src/i18n/languages';
import { t } from '../../src/i18n/ui';
import { skillPath } from '../../src/navigation/paths';
import { loadModel } from '../support/skills';
import { pageTexts, skillPairs, standIns } from '../support/texts';

// Every kind of block, untranslated in both directions: each view shows the text that exists,
// tagged with its language, and says that it stands in for a translation.
const skill = loadModel('tests/fixtures/skills/pending-translations/skill.yaml');
const site = 'dist-fixtures';

function page(path: string): Root {
	return fromHtml(readFileSync(`${site}${path}index.html`, 'utf8'));
}
/** The first run of text of a parsed source text: a paragraph's start, a table's first cell. */
function firstText(tree: Node): string {
	let found = '';
	visit(tree, 'text', (node: { value: string }) => {
		found = node.value;
		return EXIT;
	});
	return found;
}
/** An element's text without the blocks nested in it (a list item's nested list). */
function ownText(node: Element): string {
	const nested = new Set(['ul', 'ol', 'pre', 'blockquote', 'table', 'div']);
	const own = (el: Element): Element => ({
		...el,
		children: el.children
			.filter((child) => child.type !== 'element' || !nested.has(child.tagName))
			.map((child) => (child.type === 'element' ? own(child) : child)),
	});
	return text(own(node));
}
const text = (node: Element) => toText(node).replace(/\s+/g, ' ').trim();
/** The language an element is in: its own `lang`, or its nearest ancestor's. */
function langOf(tree: Root, node: Element): string | undefined {
	const withLang = selectAll('[lang]', tree).filter((el) => el === node || contains(el, node));
	return withLang.at(-1)?.properties.lang as string | undefined;
}
const contains = (outer: Element, inner: Element): boolean =>
	outer.children.some((child) => child === inner || (child.type === 'element' && contains(child, inner)));

describe.each(languageKeys)('the %s page of a skill with pending translations', (key) => {
	const tree = page(skillPath(skill.name, key));
	const content = select('.sl-markdown-content', tree)!;

	test('shows every text in order, each stand-in with its marker', () => {
		const blocks = selectAll('h2, h3, h4, h5, h6, li, p', content).map(ownText);
		expect(blocks).toEqual(pageTexts(skill, key));
	});

	test('tags every stand-in with the language it is in', () => {
		const standIns = skillPairs(skill).filter((pair) => pair[key].status === 'fallback');
		expect(standIns.length).toBeGreaterThan(0);
		for (const pair of standIns) {
			const shown = pair[key];
			const first = firstText(shown.tree);
			// The innermost element that holds the text (a preorder list ends with the deepest),
			// leaving out Starlight's anchor links, whose hidden label repeats the heading.
			const anchorParts = new Set(selectAll('.sl-anchor-link, .sl-anchor-link *', content));
			const holder = selectAll('*', content)
				.filter((el) => !anchorParts.has(el) && text(el).includes(first))
				.at(-1);
			expect(holder, `“${first}” is on the page`).toBeDefined();
			expect(langOf(tree, holder!), `“${first}” is tagged`).toBe(shown.lang);
		}
	});

	test('has a marker in the page’s language for each stand-in', () => {
		const markers = selectAll('.pending-translation', content);
		expect(markers).toHaveLength(standIns(skill, key));
		for (const marker of markers) {
			expect(text(marker)).toBe(t(key)('skill.pendingTranslation'));
			expect(langOf(tree, marker)).toBe(languages[key].lang);
		}
	});
});

describe.each(languageKeys)('the compare view with a %s interface', (ui) => {
	const tree = page(skillPath(skill.name, ui, '/', 'compare'));

	test.each(languageKeys)('shows each %s cell, or says it is not translated yet', (side) => {
		const cells = selectAll(`skill-compare .cell[data-side="${side}"]:not(.cell--raw)`, tree);
		const pairs = skillPairs(skill);
		expect(cells).toHaveLength(pairs.length);
		pairs.forEach((pair, i) => {
			const shown = pair[side];
			const cell = cells[i]!;
			if (shown.status === 'fallback') {
				expect(text(cell)).toBe(t(ui)('skill.pendingTranslation'));
				expect(cell.properties.lang).toBe(languages[ui].lang);
				// A note, not a link without an address (Lighthouse: links a crawler cannot follow).
				expect(cell.tagName).not.toBe('a');
			} else {
				expect(text(cell).replace(/ /g, '')).toBe(shown.plain.replace(/\s+/g, ''));
				expect(cell.properties.lang).toBe(shown.lang);
			}
		});
	});
});
