/**
 * Dictionary evidence that a Chinese text translates an English one: how much of the English's
 * words the Chinese says (a Chinese word whose CC-CEDICT gloss has the word, or the same Latin
 * word kept), and how much of the Chinese's words the English says, each weighted by how
 * informative the word is. Code, URLs and link targets are left to the checks that compare them.
 */
import { chineseSide, englishSide, type ChineseSide, type EnglishSide } from './sides';

export interface Evidence {
	/** From 0 (nothing in common) to 1 (every word of each said by the other): both shares' harmonic mean. */
	score: number;
	/** The weighted share of the English's words that the Chinese says. */
	english: number;
	/** The weighted share of the Chinese's words that the English says. */
	chinese: number;
	/** How much evidence there was: the lesser side's weight of words that could be compared (0: none). */
	weight: number;
}

/** The weight of a Latin word kept in both texts: a name or a term, as telling as a rare word. */
const latinWeight = 8;

const share = (said: number, all: number) => (all === 0 ? 0 : said / all);

/**
 * The evidence between two texts analysed by sides.ts: a few set lookups per word, so that an
 * aligner can weigh every candidate pair.
 * @example
 * const en = englishSide('Deploy the model'); compareSides(en, chineseSide('部署模型')).score // => 1
 */
export function compareSides(en: EnglishSide, zh: ChineseSide): Evidence {
	let [enAll, enSaid, zhAll, zhSaid] = [0, 0, 0, 0];
	for (const { roots, weight } of en.words) {
		enAll += weight;
		if (roots.some((id) => zh.glossed.has(id))) enSaid += weight;
	}
	for (const { roots, weight } of zh.words) {
		zhAll += weight;
		if (roots.some((id) => en.roots.has(id))) zhSaid += weight;
	}
	// A Latin word both texts have (a name, a term kept) counts on both sides.
	for (const word of zh.latin)
		if (en.all.has(word)) {
			enAll += latinWeight;
			enSaid += latinWeight;
			zhAll += latinWeight;
			zhSaid += latinWeight;
		}
	const [english, chinese] = [share(enSaid, enAll), share(zhSaid, zhAll)];
	const score = english + chinese === 0 ? 0 : (2 * english * chinese) / (english + chinese);
	return { score, english, chinese, weight: Math.min(enAll, zhAll) };
}

/**
 * How strongly a Chinese text translates an English one, by the dictionary.
 * @example
 * translationEvidence('Deploy the model to production', '将模型部署到生产环境').score // => about 0.6
 * translationEvidence('Deploy the model to production', '编写单元测试').score // => 0
 */
export function translationEvidence(english: string, chinese: string): Evidence {
	return compareSides(englishSide(english), chineseSide(chinese));
}
