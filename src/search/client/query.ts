/**
 * A query as the search looks it up: its words, each with the English the dictionary has for it
 * when it is Chinese. Chinese is cut into the dictionary's words (dictionary.ts); Pagefind cuts
 * each of them again as it cuts any Chinese query, so a Chinese word is found as it was before.
 */
import { dictionaryWords, type DictionaryWord } from './dictionary';

/** One word of a query: a page must have it, or (when it is Chinese) one of its translations. */
export type QueryWord = DictionaryWord;

/** Runs of Chinese characters, and words of other scripts (letters, digits, `_`). */
const tokens = /\p{Script=Han}+|[\p{L}\p{N}_]+/gu;
const han = /\p{Script=Han}/u;
/** A query in double quotes is a phrase, which Pagefind looks for as it is. */
const phrase = /^\s*".+"\s*$/;

/**
 * The words of a query, in order, in lower case (what Pagefind looks for).
 * @example
 * await queryWords('Kubernetes 部署', '/') // => [{ text: 'kubernetes', translations: [] }, { text: '部署', translations: ['deploy'] }]
 */
export async function queryWords(query: string, base: string): Promise<QueryWord[]> {
	const text = query.normalize('NFKC').toLowerCase();
	if (phrase.test(text)) return [{ text: text.trim(), translations: [] }];
	const words = await Promise.all(
		(text.match(tokens) ?? []).map(async (token) =>
			han.test(token) ? dictionaryWords(token, base) : [{ text: token, translations: [] }]
		)
	);
	return words.flat();
}
