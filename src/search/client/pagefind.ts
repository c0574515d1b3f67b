/**
 * Pagefind's own JavaScript API over both languages' indexes, each searched as Starlight searches
 * it on its own pages: English with Pagefind's English stemmer, Chinese cut into words. Pagefind
 * loads the index (and the WebAssembly, with that language's stemmer) of the page's language; so
 * each language gets a Pagefind of its own, made as if on a page of that language.
 */
import { languageKeys, languages, type LanguageKey } from '../../i18n/languages';
import { withBase } from '../../navigation/paths';
import { cachedSearch } from './search-cache';

/** A heading or other element with an id, where it starts among the page's words. */
export interface PagefindAnchor {
	element: string;
	id: string;
	text: string;
	location: number;
}

/** What Pagefind keeps of a page (its fragment), as `result.data()` gives it. */
export interface PagefindPage {
	url: string;
	/** The page's words, `<` and `>` escaped; a Chinese page's words split by U+200B. */
	raw_content: string;
	/** The same without the U+200B and the escapes. */
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	anchors: PagefindAnchor[];
}

/** One page a search found: its id (`<language>_<hash>`), score and the places of the words. */
export interface PagefindResult {
	id: string;
	score: number;
	words: number[];
	data(): Promise<PagefindPage>;
}

/** Pagefind's filters: a value, or any of several (`{ skill: { any: ['a', 'b'] } }`). */
export type PagefindFilters = Record<string, string | { any: string[] }>;

/** The part of Pagefind's instance the search uses. */
export interface PagefindIndex {
	search(
		term: string | null,
		options?: { filters?: PagefindFilters }
	): Promise<{ results: PagefindResult[] }>;
}

/** Both languages' indexes: a search reads those of the languages it names, or both. */
export interface BothIndexes {
	search(
		term: string | null,
		options?: { filters?: PagefindFilters },
		only?: readonly LanguageKey[]
	): Promise<{ results: PagefindResult[] }>;
	/** Reads the index's chunks for a term, in both languages, before it is searched for. */
	preload(term: string): void;
}

interface PagefindInstance extends PagefindIndex {
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	filters(): Promise<unknown>;
	options(options: object): Promise<void>;
}

interface PagefindModule {
	createInstance(options: { basePath: string }): PagefindInstance;
}

/**
 * A Pagefind for one language's index. Pagefind reads the language from `<html lang>` as the
 * instance is made, and keeps one WebAssembly module (one stemmer) per copy of its script and
 * worker: so each language imports its own copy (the query string makes it one) and is made
 * while the page says that language, which it says again at once, before anything is drawn.
 */
async function languageIndex(
	bundle: string,
	language: string,
	ranking: object
): Promise<PagefindInstance> {
	const pagefind = (await import(
		/* @vite-ignore */ `${bundle}pagefind.js?${language}`
	)) as PagefindModule;
	const root = document.documentElement;
	const own = root.getAttribute('lang');
	root.setAttribute('lang', language);
	let index: PagefindInstance;
	try {
		index = pagefind.createInstance({ basePath: bundle });
	} finally {
		if (own === null) root.removeAttribute('lang');
		else root.setAttribute('lang', own);
	}
	await index.options({ ranking });
	await index.init();
	// The filter's values (`skill`), which every batch of cards asks for, read now rather than
	// in the middle of the first query.
	void index.filters();
	return index;
}

let loaded: Promise<BothIndexes> | undefined;

/**
 * Both languages' indexes as one, loaded on first use: a search reads both. `ranking` is
 * Starlight's, for both.
 * @example
 * const index = await bothIndexes(import.meta.env.BASE_URL, pagefindUserConfig.ranking);
 * (await index.search('deploy')).results[0].id // => 'en_95d148c'
 */
export function bothIndexes(base: string, ranking: object): Promise<BothIndexes> {
	loaded ??= (async () => {
		const bundle = withBase('/pagefind/', base);
		const indexes = await Promise.all(
			languageKeys.map(async (key) => {
				const index = await languageIndex(bundle, languages[key].lang.toLowerCase(), ranking);
				return { key, index, search: cachedSearch(index) };
			})
		);
		return {
			search: async (term, options, only = languageKeys) => ({
				results: (
					await Promise.all(
						indexes
							.filter(({ key }) => only.includes(key))
							.map(({ search }) => search(term, options))
					)
				).flatMap((found) => found.results),
			}),
			preload: (term) => {
				if (term) for (const { index } of indexes) void index.preload(term);
			},
		};
	})();
	return loaded;
}

/**
 * The language of a result, as Pagefind names its pages (`zh-cn_a462ebd`).
 * @example
 * resultLanguage('zh-cn_a462ebd') // => 'zh'
 */
export function resultLanguage(id: string): LanguageKey | undefined {
	const language = id.slice(0, id.lastIndexOf('_'));
	return languageKeys.find((key) => languages[key].lang.toLowerCase() === language);
}
