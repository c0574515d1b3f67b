import type { LanguageKey } from '../i18n/languages';
import { withBase } from '../navigation/paths';

/**
 * The files the search reads beside Pagefind's index, where the build writes them and where the
 * browser asks for them: the dictionary in chunks, and each catalog's texts in the other language.
 */

/**
 * How many files the dictionary is cut into. A query reads the chunk of each Chinese word it has
 * (5–15 kB gzipped), not the whole dictionary (about 500 kB): the site's English words are what
 * bound it, not the library's size, so a fixed count serves any library.
 */
export const wordChunks = 64;

/**
 * The dictionary chunk that holds a word: by its first character, so that the words that start
 * at one place of a query are all in one chunk.
 * @example
 * wordChunk('部署') // => 40
 */
export function wordChunk(word: string): number {
	return word.codePointAt(0)! % wordChunks;
}

/**
 * The routes that write these files (injected by the search integration), and their paths.
 * @example
 * wordsPath(40) // => '/search/words/40.txt'
 * catalogTextsPath('zh', '/docs/') // => '/docs/search/catalog/zh.json'
 */
export const searchRoutes = {
	words: '/search/words/[chunk].txt',
	catalog: '/search/catalog/[lang].json',
} as const;

/** @example wordsPath(40) // => '/search/words/40.txt' */
export function wordsPath(chunk: number, base = '/'): string {
	return withBase(searchRoutes.words.replace('[chunk]', String(chunk)), base);
}

/** @example catalogTextsPath('en') // => '/search/catalog/en.json' */
export function catalogTextsPath(key: LanguageKey, base = '/'): string {
	return withBase(searchRoutes.catalog.replace('[lang]', key), base);
}
