/**
 * What the catalog's filter matches, in both languages: a word is in a card's own text, in its
 * texts in the other language (build/catalog-texts.ts), or, when it is Chinese, its dictionary
 * words or their English are in the card's English that has no Chinese yet.
 */
import type { LanguageKey } from '../../i18n/languages';
import type { CardTexts } from '../build/catalog-texts';
import { catalogTextsPath } from '../files';
import { dictionaryWords } from './dictionary';

/** A word of the filter: as typed, and, when it is Chinese, its dictionary words with their English. */
export interface FilterWord {
	text: string;
	parts: string[][];
}

/** A card's texts, in lower case: its own and other language's, and its English without Chinese. */
export interface CardText {
	text: string;
	untranslated: string;
}

const han = /\p{Script=Han}/u;

/**
 * Lower case, and full-width letters and digits as plain ones: what a reader types matches.
 * @example
 * normal('ＳＱＬ Database') // => 'sql database'
 */
export function normal(text: string): string {
	return text.normalize('NFKC').toLocaleLowerCase();
}

/**
 * The filter's words.
 * @example
 * await filterWords('数据库 sql', '/') // => [{ text: '数据库', parts: [['数据库', 'database']] }, { text: 'sql', parts: [] }]
 */
export async function filterWords(filter: string, base: string): Promise<FilterWord[]> {
	return Promise.all(
		normal(filter)
			.split(/\s+/)
			.filter(Boolean)
			.map(async (text) => ({
				text,
				parts: han.test(text)
					? (await dictionaryWords(text, base)).map((word) => [word.text, ...word.translations])
					: [],
			}))
	);
}

/**
 * Whether a card has every word of the filter.
 * @example
 * cardHas({ text: 'postgres …', untranslated: 'tune the database' }, await filterWords('数据库', '/')) // => true
 */
export function cardHas(card: CardText, words: readonly FilterWord[]): boolean {
	return words.every(
		({ text, parts }) =>
			card.text.includes(text) ||
			(parts.length > 0 &&
				parts.every(
					([word, ...english]) =>
						card.text.includes(word!) || english.some((e) => card.untranslated.includes(e))
				))
	);
}

/**
 * Each skill's texts for a catalog that its cards do not show, read once.
 * @example
 * (await catalogTexts('en', '/')).get('mlops-engineer') // => ['MLOps工程师\n…', '']
 */
export async function catalogTexts(
	key: LanguageKey,
	base: string
): Promise<Map<string, CardTexts>> {
	try {
		const response = await fetch(catalogTextsPath(key, base));
		return new Map(Object.entries((await response.json()) as Record<string, CardTexts>));
	} catch {
		// Without them the filter still finds what the cards show.
		return new Map();
	}
}
