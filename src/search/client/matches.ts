/**
 * The pages a query finds, in both languages' indexes, and how: each word of the query is looked
 * up alone, with its translations, so that a page found through a translation is known as such.
 * A page must have every word that some page has, as Pagefind asks of a query (a word no page
 * has is passed over); here a Chinese word is had through one of its translations too.
 */
import { languageKeys, type LanguageKey } from '../../i18n/languages';
import { resultLanguage, type BothIndexes, type PagefindResult } from './pagefind';
import type { QueryWord } from './query';

/** The order of results: the reader's language, the other, then through the dictionary. */
export const tiers = { own: 0, other: 1, dictionary: 2 } as const;

/** A page the query found. */
export interface PageMatch {
	result: PagefindResult;
	language: LanguageKey | undefined;
	/** Pagefind's score of each word of the query on the page, summed (its BM25, per word). */
	score: number;
	tier: (typeof tiers)[keyof typeof tiers];
	/** Where the page has the query's words: each place with the index of the word. */
	places: { location: number; word: number }[];
	/** The words found only through a translation: the word's index, and the English found. */
	translated: Map<number, string[]>;
}

const [original, translation] = languageKeys;
const han = /\p{Script=Han}/u;

/**
 * The indexes a term is looked up in: a translation (English) in the original's, where every
 * text is (a page of the translation has the same English only where it is not translated); a
 * Chinese word in the translation's, for the same reason; any other word in both, as Chinese
 * pages keep names and code in English.
 */
const indexesFor = (term: string, translated: boolean): readonly LanguageKey[] =>
	translated ? [original] : han.test(term) ? [translation] : languageKeys;

/** Every term to look up, once, with the words it stands for and whether it is a translation. */
function termsOf(words: readonly QueryWord[], translations: boolean) {
	const terms = new Map<string, { word: number; translation: boolean }[]>();
	const add = (term: string, word: number, translated: boolean) =>
		terms.set(term, [...(terms.get(term) ?? []), { word, translation: translated }]);
	words.forEach((word, index) => {
		add(word.text, index, false);
		if (!translations) return;
		for (const english of word.translations) if (english !== word.text) add(english, index, true);
	});
	return terms;
}

/**
 * The pages that have the query's words, best first. With `through: 'direct'` the words are
 * looked up as written only (a search a word, not one per translation): the pages of the first
 * two tiers, drawn before the dictionary's are looked up. Those are the first two tiers of
 * `'all'`, unless a word with translations is on no page as written: then a page must have it
 * through the dictionary, and none is found directly.
 * @example
 * (await pageMatches(index, await queryWords('联邦学习', '/'), 'en'))[0] // => { language: 'zh', tier: 1, … }
 */
export async function pageMatches(
	index: BothIndexes,
	words: readonly QueryWord[],
	reader: LanguageKey,
	through: 'direct' | 'all' = 'all'
): Promise<PageMatch[]> {
	const terms = [...termsOf(words, through === 'all')];
	const found = await Promise.all(
		terms.map(([term, uses]) =>
			index.search(
				term,
				{},
				indexesFor(
					term,
					uses.every((use) => use.translation)
				)
			)
		)
	);
	const pages = new Map<
		string,
		{
			result: PagefindResult;
			best: number[];
			direct: Set<number>;
			places: PageMatch['places'];
			via: Map<number, string[]>;
		}
	>();
	const had = new Set<number>();
	found.forEach(({ results }, at) => {
		const [term, uses] = terms[at]!;
		for (const result of results) {
			let page = pages.get(result.id);
			if (!page)
				pages.set(
					result.id,
					(page = { result, best: [], direct: new Set(), places: [], via: new Map() })
				);
			for (const { word, translation } of uses) {
				had.add(word);
				page.best[word] = Math.max(page.best[word] ?? 0, result.score);
				if (!translation) page.direct.add(word);
				else page.via.set(word, [...(page.via.get(word) ?? []), term]);
				for (const location of result.words) page.places.push({ location, word });
			}
		}
	});
	const unfound = (word: QueryWord, at: number) => word.translations.length > 0 && !had.has(at);
	if (through === 'direct' && words.some(unfound)) return [];
	const matches: PageMatch[] = [];
	for (const { result, best, direct, places, via } of pages.values()) {
		if ([...had].some((word) => best[word] === undefined)) continue;
		const language = resultLanguage(result.id);
		const translated = new Map([...via].filter(([word]) => !direct.has(word)));
		const tier =
			translated.size > 0 ? tiers.dictionary : language === reader ? tiers.own : tiers.other;
		const score = best.reduce((sum, value) => sum + (value ?? 0), 0);
		matches.push({ result, language, score, tier, places, translated });
	}
	return matches.sort((a, b) => a.tier - b.tier || b.score - a.score);
}
