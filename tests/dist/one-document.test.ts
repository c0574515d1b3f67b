import { readdirSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { languageKeys } from '../../src/i18n/languages';
import { skillFilePath, skillPath } from '../../src/navigation/paths';
import { readSkillMarkdown } from '../../src/skill-md/read';
import { builtSites, skillsDirOf } from '../support/built-sites';

// What an agent loads is what a reader sees: everything the published SKILL.md says that a
// browser would not draw as text (its front matter, images' alt text, links' titles) is on the
// skill's page in words, in the same language.

/** The text a page shows (not its attributes), white space collapsed. */
function shownText(site: string, path: string): string {
	const tree = fromHtml(readFileSync(`${site}${path}index.html`, 'utf8'));
	return toText(select('main', tree)!).replace(/\s+/g, ' ');
}

/** What a SKILL.md says outside its text: front matter lines, alt texts, link titles, code
 * fences' info strings. */
function unseenWords(file: string): string[] {
	const { frontmatterNode, tree } = readSkillMarkdown(file, 'SKILL.md');
	const words: string[] = [];
	const yaml = /^---\n([\s\S]*?)\n---/.exec(file)?.[1] ?? '';
	if (frontmatterNode) words.push(...yaml.split('\n').map((line) => line.trim()).filter(Boolean));
	visit(tree, (node) => {
		if (node.type === 'image' && node.alt) words.push(node.alt);
		if ((node.type === 'link' || node.type === 'image') && node.title) words.push(node.title);
		if (node.type === 'code' && node.meta) words.push(node.meta);
	});
	return words.map((word) => word.replace(/\s+/g, ' '));
}

describe.each(builtSites)('%s', (site) => {
	const names = readdirSync(skillsDirOf(site)).sort();
	test.each(languageKeys)('each %s page shows all its SKILL.md says beside its text', (key) => {
		const missing = names.flatMap((name) => {
			const exported = readFileSync(`${site}${skillFilePath(name, key)}`, 'utf8');
			const page = shownText(site, skillPath(name, key));
			return unseenWords(exported)
				.filter((word) => !page.includes(word))
				.map((word) => `${name}: ${word}`);
		});
		expect(missing).toEqual([]);
	});
});

test.each([
	['every-block', '.link-title', ' (The whole guide)'],
	['files-and-links', '.text-image-alt', 'Architecture diagram'],
])('%s shows a link’s title or an image’s alt text in %s, hidden from screen readers', (name, selector, text) => {
	const tree = fromHtml(readFileSync(`dist-fixtures${skillPath(name, 'en')}index.html`, 'utf8'));
	const shown = selectAll(`.sl-markdown-content ${selector}`, tree);
	expect(shown.map((element) => toText(element))).toContain(text);
	expect(shown.every((element) => element.properties.ariaHidden === 'true')).toBe(true);
});
