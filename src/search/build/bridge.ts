/**
 * The search's dictionary: each Chinese word of CC-CEDICT (the lexicon's) with the English words
 * of the site it translates to, so that a Chinese query finds English text that has no
 * translation yet. Made once per build from the lexicon the checks have loaded already.
 */
import { lexicon } from '../../lexicon/load';

/** A word's translations offered, at most: its first senses, which CC-CEDICT lists first. */
const most = 4;
/** Words longer than this are idioms and names more than terms a reader types. */
const longest = 4;
/**
 * How informative a word must be (jieba's IDF) to be translated, and a translation to be offered
 * (the IDF of the commonest word it translates): 的, 和 and 是 expand to nothing, and no word to
 * "use", "form" or "state", which every page has.
 */
const leastIdf = 3;
const onlyHan = /^\p{Script=Han}+$/u;

/**
 * Chinese word → the site's English words for it, in the order of the dictionary's senses.
 * @example
 * bridge(siteVocabulary(skills)).get('部署') // => ['deploy']
 */
export function bridge(vocabulary: ReadonlyMap<number, string>): Map<string, string[]> {
	const { words, wordIdf, gloss, glossStart, stemIdf } = lexicon().data;
	const result = new Map<string, string[]>();
	words.forEach((text, word) => {
		// A query's words are looked up in runs of Han characters (client/query.ts): “PO文” and
		// “大V” would never be read.
		if (text.length > longest || wordIdf[word]! < leastIdf || !onlyHan.test(text)) return;
		const english: string[] = [];
		for (let at = glossStart[word]!; at < glossStart[word + 1]! && english.length < most; at++) {
			const found = vocabulary.get(gloss[at]!);
			if (found !== undefined && stemIdf[gloss[at]!]! >= leastIdf && !english.includes(found))
				english.push(found);
		}
		if (english.length > 0) result.set(text, english);
	});
	return result;
}
