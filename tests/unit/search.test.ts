import { afterEach, describe, expect, test, vi } from 'vitest';
import { catalogTexts } from '../../src/search/build/catalog-texts';
import { wordChunkTexts } from '../../src/search/build/word-chunks';
import { cardHas, filterWords, normal } from '../../src/search/client/catalog-filter';
import { pageCards } from '../../src/search/client/cards';
import { rankCards, settledCards, type Card } from '../../src/search/client/ranking';
import { dictionaryWords } from '../../src/search/client/dictionary';
import { pageMatches, tiers } from '../../src/search/client/matches';
import { pageText, sectionPath, sentences } from '../../src/search/client/page-text';
import { passage } from '../../src/search/client/passage';
import type { BothIndexes, PagefindPage, PagefindResult } from '../../src/search/client/pagefind';
import { queryWords } from '../../src/search/client/query';
import { cachedSearch } from '../../src/search/client/search-cache';
import { wordChunk, wordChunks } from '../../src/search/files';
import { loadModel } from '../support/skills';

// The search's logic without a browser: the dictionary's files as the build writes them, a
// query's words, the pages it finds and in which tier, and the cards drawn from them. The
// browser tests (tests/e2e/fixtures/search.spec.ts) check the same over the built site.

/** A dictionary served as the build's chunk files would be. */
function serveDictionary(words: Record<string, string[]>) {
	const chunks: string[][] = Array.from({ length: wordChunks }, () => []);
	for (const [word, english] of Object.entries(words))
		chunks[wordChunk(word)]!.push(`${word}\t${english.join(' ')}`);
	vi.stubGlobal('fetch', async (url: string) => {
		const chunk = Number(/(\d+)\.txt$/.exec(url)![1]);
		return new Response(chunks[chunk]!.join('\n'));
	});
}
afterEach(() => void vi.unstubAllGlobals());

const mlops = loadModel('mlops-engineer');

test('the dictionary’s files hold Chinese words with the English the site uses', () => {
	const lines = wordChunkTexts([mlops]).flatMap((chunk) => chunk.split('\n'));
	const deploy = lines.find((line) => line.startsWith('部署\t'));
	expect(deploy).toMatch(/^部署\tdeploy/);
	// Common words expand to nothing: they would find every page.
	expect(lines.some((line) => line.startsWith('的\t'))).toBe(false);
	// Each word is in the chunk of its first character, where the browser looks for it.
	wordChunkTexts([mlops]).forEach((chunk, index) => {
		for (const line of chunk.split('\n').filter(Boolean)) expect(wordChunk(line)).toBe(index);
	});
});

test('a run of Chinese is cut into the dictionary’s longest words, unknown characters kept together', async () => {
	serveDictionary({ 联邦: ['federated'], 学习: ['learning'], 联邦学: ['x'] });
	expect(await dictionaryWords('联邦学习', '/')).toEqual([
		{ text: '联邦学', translations: ['x'] },
		{ text: '习', translations: [] },
	]);
	expect(await dictionaryWords('的联邦', '/')).toEqual([
		{ text: '的', translations: [] },
		{ text: '联邦', translations: ['federated'] },
	]);
});

test('a mixed query is its Latin words and its Chinese words; a quoted one a phrase', async () => {
	serveDictionary({ 部署: ['deploy'] });
	expect(await queryWords('Kubernetes 部署', '/')).toEqual([
		{ text: 'kubernetes', translations: [] },
		{ text: '部署', translations: ['deploy'] },
	]);
	expect(await queryWords('ＡＰＩ', '/')).toEqual([{ text: 'api', translations: [] }]);
	expect(await queryWords('"Kubernetes 部署"', '/')).toEqual([
		{ text: '"kubernetes 部署"', translations: [] },
	]);
});

/** A page as Pagefind keeps it: English words split at spaces, Chinese ones at U+200B. */
function page(
	url: string,
	words: string[],
	chinese: boolean,
	skill = 'mlops-engineer'
): PagefindPage {
	const raw = words.join(chinese ? '\u200B' : ' ');
	const title = words[0]!;
	return {
		url,
		raw_content: raw,
		content: raw.replaceAll('\u200B', ''),
		meta: { title },
		filters: { skill: [skill] },
		anchors: [
			{ element: 'h1', id: '_top', text: title, location: 0 },
			{ element: 'h2', id: 'deploying', text: words[1]!, location: 1 },
		],
	};
}
const english = page(
	'/skills/x/',
	['Title.', 'Deploying.', 'Kubernetes', 'deployments', 'for', 'ML.'],
	false
);
const chinese = page(
	'/zh-cn/skills/x/',
	['标题。', '部署。', '基于', 'Kubernetes', '部署', 'ML。'],
	true
);

test('a page’s words, sections and sentences, as the cards read them', () => {
	const text = pageText(chinese);
	expect(text.words).toEqual(['标题。', '部署。', '基于', 'Kubernetes', '部署', 'ML。']);
	expect(text.joiner).toBe('');
	expect(text.sections.map((s) => [s.id, s.depth, s.start, s.end])).toEqual([
		['_top', 1, 0, 1],
		['deploying', 2, 1, 6],
	]);
	expect(sentences(text, text.sections[1]!)).toEqual([
		[1, 2],
		[2, 6],
	]);
	expect(sectionPath(text, 'deploying')).toEqual(['部署。']);
});

test('a passage marks the words found, as text, never as markup', () => {
	const hostile = pageText(
		page('/skills/y/', ['T.', 'H.', '<script>x</script>', 'deploy', 'now.'], false)
	);
	expect(passage(hostile, [2, 5], new Set([3]))).toEqual({
		pieces: [
			{ text: '<script>x</script> ', marked: false },
			{ text: 'deploy', marked: true },
			{ text: ' now.', marked: false },
		],
		cutBefore: false,
		cutAfter: false,
	});
});

/** Both indexes, each with its pages, answering a term by the pages that have it. */
function indexes(pages: { id: string; words: string[] }[]): BothIndexes {
	return {
		search: async (term, _options, only = ['en', 'zh']) => ({
			results: pages
				.filter(({ id }) => only.some((key) => id.startsWith(key === 'en' ? 'en_' : 'zh-cn_')))
				.filter(({ words }) => words.some((word) => term && word.toLowerCase().startsWith(term)))
				.map(({ id, words }): PagefindResult => ({
					id,
					score: 1,
					words: words.flatMap((word, at) =>
						term && word.toLowerCase().startsWith(term) ? [at] : []
					),
					data: async () => (id.startsWith('en_') ? english : chinese),
				})),
		}),
		preload: () => {},
	};
}

describe('the pages a query finds', () => {
	const both = indexes([
		{ id: 'en_1', words: ['Title.', 'Deploying.', 'Kubernetes', 'deployments', 'for', 'ML.'] },
		{ id: 'zh-cn_1', words: ['标题。', '部署。', '基于', 'Kubernetes', '部署', 'ML。'] },
		{ id: 'en_2', words: ['Other', 'kubernetes'] },
	]);
	const query = [
		{ text: 'kubernetes', translations: [] },
		{ text: '部署', translations: ['deploy'] },
	];

	test('come in the reader’s language, the other, then through the dictionary', async () => {
		const onChinese = await pageMatches(both, query, 'zh');
		expect(onChinese.map((m) => [m.result.id, m.tier])).toEqual([
			['zh-cn_1', tiers.own],
			['en_1', tiers.dictionary],
		]);
		expect([...onChinese[1]!.translated]).toEqual([[1, ['deploy']]]);
		// A page without a word that other pages have is not found (en_2 has no 部署 nor deploy).
		const onEnglish = await pageMatches(both, query, 'en');
		expect(onEnglish.map((m) => [m.result.id, m.tier])).toEqual([
			['zh-cn_1', tiers.other],
			['en_1', tiers.dictionary],
		]);
	});

	test('a card per section, its halves in their languages, linked in the reader’s language', async () => {
		const [match] = await pageMatches(both, query, 'en');
		const [card] = pageCards(
			{
				match: match!,
				text: pageText(chinese),
				counterpart: { text: pageText(english), language: 'en', match: undefined },
				href: (section) => `/skills/x/#${section?.id}`,
			},
			query,
			'en'
		);
		expect(card!.href).toBe('/skills/x/#deploying');
		expect(card!.path).toEqual(['Title.', 'Deploying.']);
		expect(card!.halves.map((half) => [half.lang, half.matched])).toEqual([
			['zh-CN', true],
			['en', false],
		]);
		const marked = card!.halves[0]!.passage.pieces.filter((piece) => piece.marked);
		expect(marked.map((piece) => piece.text)).toEqual(['Kubernetes', '部署']);
	});
});

/** A card with nothing to draw, ranked `rank` (its first number is its tier). */
const card = (id: string, rank: number[]): Card => ({
	id,
	href: '',
	path: [],
	tier: rank[0]!,
	halves: [],
	translated: [],
	rank,
});

test('cards are ranked by tier first, and a section is shown once', () => {
	const ranked = rankCards([
		card('a', [2, -2, -9, -1]),
		card('b', [0, -1, -1, -1]),
		card('a', [1, -2, -1, -1]),
	]);
	expect(ranked.map((c) => [c.id, c.tier])).toEqual([
		['b', 0],
		['a', 1],
	]);
});

test('a card is drawn before all its batch is read only where no page still being read can come before it', () => {
	const ranked = rankCards([
		card('own', [0, -1, -5, -1]),
		card('all words', [1, -2, -4, -1]),
		card('score as next', [1, -2, -3, -9]),
		card('fewer words', [1, -1, -4, -9]),
	]);
	// The next page to read is of tier 1 with a score of 3: a card of its own with both words
	// could come before those scoring 3 or with one word.
	expect(settledCards(ranked, { tier: 1, score: 3 }, 2).map((c) => c.id)).toEqual([
		'own',
		'all words',
	]);
	expect(settledCards(ranked, { tier: 0, score: 9 }, 2)).toEqual([]);
	expect(settledCards(ranked, undefined, 2)).toEqual(ranked);
});

test('a search asked again is answered with the same results, without asking Pagefind again', async () => {
	const search = vi.fn(async (term: string | null) => ({
		results: [{ id: `en_${term}`, score: 1, words: [], data: async () => ({}) as PagefindPage }],
	}));
	const cached = cachedSearch({ search });
	const first = await cached('deploy');
	expect(await cached('deploy')).toBe(first);
	await cached('deploy', { filters: { skill: 'a' } });
	expect(search).toHaveBeenCalledTimes(2);
	// One that failed is asked again.
	search.mockRejectedValueOnce(new Error('no chunk'));
	await expect(cached('learn')).rejects.toThrow();
	expect((await cached('learn')).results[0]!.id).toBe('en_learn');
});

describe('the catalog’s filter', () => {
	test('has, for each skill, its texts in the other language', () => {
		const [other, untranslated] = catalogTexts([mlops], 'en')['mlops-engineer']!;
		expect(other).toContain(mlops.title.zh.text);
		expect(other).toContain(mlops.category!.zh.text);
		expect(untranslated).toBe('');
	});

	test('keeps a card with every word, in either language or through the dictionary', async () => {
		serveDictionary({ 数据库: ['database'] });
		const card = { text: normal('Postgres Pro 调优 tune'), untranslated: 'tune the database' };
		expect(cardHas(card, await filterWords('调优 ＰＯＳＴＧＲＥＳ', '/'))).toBe(true);
		expect(cardHas(card, await filterWords('数据库', '/'))).toBe(true);
		expect(cardHas(card, await filterWords('数据库 mysql', '/'))).toBe(false);
	});
});
