/**
 * The search's dictionary in the browser (build/word-chunks.ts writes it): Chinese words and the
 * English words of the site they translate to. A chunk is read when a query first needs one of
 * its words, and kept for the page's life.
 */
import { wordChunk, wordsPath } from '../files';

/** The longest word the dictionary has (build/bridge.ts keeps words of up to four characters). */
const longest = 4;

const chunks = new Map<number, Promise<Map<string, string[]>>>();

/** A chunk's words; an unreadable chunk is an empty one: a query then finds what it finds directly. */
function chunk(index: number, base: string): Promise<Map<string, string[]>> {
	let loading = chunks.get(index);
	if (!loading) {
		loading = fetch(wordsPath(index, base))
			.then((response) => (response.ok ? response.text() : ''))
			.catch(() => '')
			.then(
				(text) =>
					new Map(
						text
							.split('\n')
							.filter(Boolean)
							.map((line) => {
								const [word, english = ''] = line.split('\t');
								return [word!, english.split(' ')];
							})
					)
			);
		chunks.set(index, loading);
	}
	return loading;
}

/**
 * Reads the chunks of a text's Chinese characters, as the reader types them: the search that
 * follows the last key finds them read.
 * @example
 * preloadWords('联邦学', '/');
 */
export function preloadWords(text: string, base: string): void {
	for (const character of text.match(/\p{Script=Han}/gu) ?? [])
		void chunk(wordChunk(character), base);
}

/** A word of a query as the dictionary knows it: its English words (none for a word it lacks). */
export interface DictionaryWord {
	text: string;
	translations: string[];
}

/**
 * A run of Chinese characters as the dictionary's words, longest first from the left (as jieba
 * cuts with its dictionary), each with its English; characters it has no word for stay together,
 * without English. A browser's own segmenter is not used: Chromium's cuts 模块 into 模 and 块.
 * @example
 * await dictionaryWords('联邦学习', '/') // => [{ text: '联邦', translations: ['federated', 'unions'] }, { text: '学习', translations: ['learn', 'study'] }]
 */
export async function dictionaryWords(run: string, base: string): Promise<DictionaryWord[]> {
	const characters = [...run];
	// The chunks of the words that may start at each character (one file per first character,
	// read once), asked for at once rather than one after another: on a phone each trip is felt.
	const chunksAt = await Promise.all(
		characters.map((character) => chunk(wordChunk(character), base))
	);
	const words: DictionaryWord[] = [];
	let unknown = '';
	for (let start = 0; start < characters.length;) {
		const known = chunksAt[start]!;
		const at = (size: number) => characters.slice(start, start + size).join('');
		let length = Math.min(longest, characters.length - start);
		while (length > 0 && !known.has(at(length))) length--;
		if (length === 0) {
			unknown += at(1);
			start += 1;
			continue;
		}
		if (unknown) words.push({ text: unknown, translations: [] });
		unknown = '';
		words.push({ text: at(length), translations: known.get(at(length))! });
		start += length;
	}
	if (unknown) words.push({ text: unknown, translations: [] });
	return words;
}
