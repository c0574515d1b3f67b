import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { languageKeys } from '../../src/i18n/languages';
import { ui, type UiKey } from '../../src/i18n/ui';
import { wordChunk, wordChunks } from '../../src/search/files';
import { builtSites, htmlPages, inSite } from '../support/built-sites';

/** What a gunzipped Pagefind fragment file starts with; the page's JSON follows. */
const fragmentSignature = 'pagefind_dcd';

/**
 * The text Pagefind indexed of each page of a built site, by URL: the `content` of the fragments
 * of the index that ships with it (<site>/pagefind/), without the zero-width spaces Pagefind puts
 * between Chinese words.
 */
function indexedText(site: string): Map<string, string> {
	const dir = join(site, 'pagefind', 'fragment');
	const pages = new Map<string, string>();
	for (const file of readdirSync(dir)) {
		const data = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
		if (!data.startsWith(fragmentSignature))
			throw new Error(
				`${join(dir, file)} does not start with "${fragmentSignature}" once gunzipped: has Pagefind changed its format?`
			);
		const { url, content } = JSON.parse(data.slice(fragmentSignature.length));
		pages.set(url, content.replaceAll('\u200b', ''));
	}
	return pages;
}

/** Words of the interface that skill pages and the home page show next to the content. */
const interfaceKeys: UiKey[] = [
	'links.title',
	'links.markdown',
	'links.neutral',
	'links.manual',
	'skill.pendingTranslation',
	'file.copy',
	'file.label',
	'facts.frontmatter',
];
const interfaceTexts = languageKeys.flatMap((key) => interfaceKeys.map((name) => ui[key][name]));

/** Interface elements in the content area, which Pagefind would otherwise index with it. */
const interfaceSelector =
	'section-links, .skill-views, .skill-card__meta a, .pending-translation, skill-file, .skill-facts, .skill-frontmatter, .freshness-note';

describe.each(builtSites)('the search index of %s', (site) => {
	test('has the pages’ content but none of the interface’s words', () => {
		const pages = indexedText(site);
		expect(pages.size).toBeGreaterThan(1);
		const found = [...pages].flatMap(([url, content]) =>
			interfaceTexts.filter((text) => content.includes(text)).map((text) => `${url}: “${text}”`)
		);
		expect(found).toEqual([]);
	});

	test('is told to ignore the interface elements of every page', () => {
		const unmarked: string[] = [];
		let marked = 0;
		for (const page of htmlPages(site)) {
			const tree = fromHtml(readFileSync(inSite(site, page), 'utf8'));
			for (const element of selectAll(interfaceSelector, tree)) {
				if (element.properties.dataPagefindIgnore === 'all') marked++;
				else
					unmarked.push(
						`${page}: ${element.tagName}${[element.properties.className ?? []].flat().map((name) => `.${name}`).join('')} lacks data-pagefind-ignore="all"`
					);
			}
		}
		expect(unmarked).toEqual([]);
		expect(marked).toBeGreaterThan(0);
	});

	// src/search/search-index.ts gives Pagefind only the pages it can index (Starlight's own
	// indexing is off): this holds the index to what Starlight marks for search, so that a page
	// left out of that list fails here.
	test('holds every page Starlight marks for search, and only those', () => {
		const marked = htmlPages(site)
			.filter((page) => select('[data-pagefind-body]', fromHtml(readFileSync(inSite(site, page), 'utf8'))))
			.map((page) => `/${page.replace(/index\.html$/, '')}`);
		expect([...indexedText(site).keys()].sort()).toEqual(marked.sort());
	});

	test('gives the search box Starlight’s ranking, as Starlight does when it indexes', () => {
		// Starlight's search settings reach its search box through a module search-index.ts now
		// makes; were it no longer read, the box would rank by Pagefind's defaults without a word.
		const scripts = readdirSync(join(site, '_astro')).filter((file) => file.endsWith('.js'));
		const withRanking = scripts.filter((file) =>
			readFileSync(join(site, '_astro', file), 'utf8').includes('termSimilarity')
		);
		expect(withRanking).toHaveLength(1);
	});
});

test('a word of the interface finds no page: “Download” is not in the skill’s text', () => {
	const found = [...indexedText('dist')].filter(([, content]) => content.includes('Download'));
	expect(found.map(([url]) => url)).toEqual([]);
});

test('text shown in place of a missing translation is indexed, its marker is not', () => {
	const page = indexedText('dist-fixtures').get('/zh-cn/skills/awkward-headings/');
	expect(page).toContain('Only in English');
	expect(page).not.toContain(ui.zh['skill.pendingTranslation']);
});

// The search's dictionary ships beside the index (src/search/build/word-chunks.ts): only words
// with English the site uses, cut into chunks so that a query reads a few kB of it.
describe.each(builtSites)('the search dictionary of %s', (site) => {
	const chunks = Array.from({ length: wordChunks }, (_, chunk) =>
		readFileSync(join(site, 'search', 'words', `${chunk}.txt`), 'utf8')
	);

	test('has each Chinese word in its chunk, with English words of the site', () => {
		const lines = chunks.flatMap((text, chunk) =>
			text
				.split('\n')
				.filter(Boolean)
				.map((line) => ({ chunk, line }))
		);
		expect(lines.length).toBeGreaterThan(100);
		expect(lines.filter(({ chunk, line }) => wordChunk(line) !== chunk)).toEqual([]);
		expect(lines.filter(({ line }) => !/^\p{Script=Han}+\t[a-z0-9-]+( [a-z0-9-]+)*$/u.test(line))).toEqual([]);
	});

	test('is read a chunk at a time, each a few kB gzipped', () => {
		const largest = Math.max(...chunks.map((text) => gzipSync(text).length));
		expect(largest).toBeLessThan(16_000);
	});

	test('comes with each catalog’s texts in the other language', () => {
		for (const key of languageKeys) {
			const texts = JSON.parse(readFileSync(join(site, 'search', 'catalog', `${key}.json`), 'utf8'));
			expect(Object.keys(texts).length).toBeGreaterThan(0);
		}
	});
});

test('a Chinese word of the fixtures finds its English: 部署 is “deploying” there', () => {
	const chunk = readFileSync(join('dist-fixtures', 'search', 'words', `${wordChunk('部署')}.txt`), 'utf8');
	expect(chunk.split('\n')).toContain('部署\tdeploying');
});
