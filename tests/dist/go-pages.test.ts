import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { skillModel } from '../../src/model/skill-model';
import { goPages, type GoPage } from '../../src/previews/go-pages';
import { longId, pageBytes, previewDescription, previewHtml } from '../../src/previews/preview-html';
import { previewLimits } from '../../src/previews/preview-text';
import { defaultSiteUrl } from '../../src/site';
import { readSkills } from '../../src/source/read-skills';
import { builtSites, skillsDirOf } from '../support/built-sites';
import { graphemeCount, pageHead, unfurl } from '../support/previews';

// The language-neutral pages are written by an integration after Astro's own (src/previews/), so
// nothing of Astro's checks them: this does, in every built site, page by page.

/** Every /go/ page a site's sources call for, as the build makes them (src/library.ts). */
async function expectedPages(site: string): Promise<GoPage[]> {
	const sources = await readSkills(skillsDirOf(site), pathToFileURL(`${process.cwd()}/`));
	const skills = sources.map(({ skill, error }) => {
		if (!skill) throw error;
		return skill;
	});
	const names = new Set(skills.map((skill) => skill.name));
	const models = skills.map((skill) => skillModel(skill, { base: '/', skills: names }));
	return goPages(models, { site: defaultSiteUrl, base: '/' });
}

/** Each page's file in the built site, and its address. */
const filesOf = ({ skill, ids }: GoPage) =>
	(ids.length ? ids.map((id) => join('go', skill, id)) : [join('go', skill)]).map((folder) =>
		join(folder, 'index.html')
	);

/** Every file under a built site's go/, as paths from the site. */
const goFiles = (site: string) =>
	(readdirSync(join(site, 'go'), { recursive: true }) as string[])
		.filter((file) => file.endsWith('.html'))
		.map((file) => join('go', file))
		.sort();

const expected = new Map(
	await Promise.all(builtSites.map(async (site) => [site, await expectedPages(site)] as const))
);

describe.each(builtSites)('the language-neutral pages of %s', (site) => {
	const pages = expected.get(site)!;

	test('are one for each skill, and one for each id and alias of each section; no other', () => {
		const expected = pages.flatMap(filesOf).sort();
		expect(pages.some(({ ids }) => ids.length > 1)).toBe(true);
		expect(goFiles(site)).toEqual(expected);
	});

	test('are each the page its preview makes, within the byte budget', () => {
		let largest = 0;
		for (const page of pages) {
			const html = previewHtml(page.preview);
			for (const file of filesOf(page)) {
				expect(readFileSync(join(site, file), 'utf8'), file).toBe(html);
			}
			if (encodeURIComponent(page.ids[0] ?? '').length > longId) continue;
			largest = Math.max(largest, Buffer.byteLength(html));
		}
		expect(largest).toBeGreaterThan(0);
		expect(largest).toBeLessThan(pageBytes);
	});

	test('unfurl as the skill or the section, in both languages, within the limits', async () => {
		for (const { preview, ids } of pages) {
			const html = previewHtml(preview);
			const card = await unfurl(html);
			expect(card.ogTitle).toBe(preview.title);
			// Whole, or cut shorter where a long id took its room (preview-html.ts).
			const description = previewDescription(preview);
			if (card.ogDescription !== description) {
				expect(Buffer.byteLength(html)).toBeGreaterThan(pageBytes - 100);
				expect(description.startsWith(card.ogDescription!.slice(0, 10))).toBe(true);
			}
			expect(graphemeCount(card.ogTitle!)).toBeLessThanOrEqual(previewLimits.title);
			expect(graphemeCount(card.ogDescription!)).toBeLessThanOrEqual(previewLimits.description);
			expect([card.ogLocale, card.ogLocaleAlternate]).toEqual([
				languages.en.ogLocale,
				languages.zh.ogLocale,
			]);
			const head = pageHead(html);
			expect(head.canonical).toBe(preview.url);
			expect(head.robots).toBe('noindex');
			expect(head.scripts).toBe(1);
			// A section's links land on it in each language.
			const landing = ids.length ? `#${preview.fragment}` : '';
			expect(Object.values(head.alternates).every((url) => url.endsWith(`/${landing}`))).toBe(
				true
			);
		}
	});

	test('load nothing: no address of another origin, nor any file of their own', () => {
		for (const file of goFiles(site)) {
			const tree = fromHtml(readFileSync(join(site, file), 'utf8'));
			// Read as a browser parses the page: a source's `<img src>` is text here, not an element.
			expect(selectAll('[src], [srcset], [action], [formaction], [style]', tree), file).toEqual([]);
			const linked = selectAll('link', tree).map((link) => String(link.properties.rel));
			expect(linked.every((rel) => ['canonical', 'alternate'].includes(rel)), file).toBe(true);
			for (const element of selectAll('[href]', tree)) {
				const url = new URL(String(element.properties.href), defaultSiteUrl);
				expect(url.origin, file).toBe(defaultSiteUrl);
			}
		}
	});

	test('are not in the sitemap, and leave no manifest behind', () => {
		const sitemaps = readdirSync(site).filter((file) => /^sitemap-\d+\.xml$/.test(file));
		expect(sitemaps.length).toBeGreaterThan(0);
		for (const file of sitemaps) {
			expect(readFileSync(join(site, file), 'utf8')).not.toContain('/go/');
		}
		expect(existsSync(join(site, 'go-previews.json'))).toBe(false);
	});
});
