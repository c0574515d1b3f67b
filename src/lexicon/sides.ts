/**
 * Each text analysed once for the dictionary: an English text as the roots of its words, a
 * Chinese one as its words' gloss roots. An aligner weighs each text against many candidates, so
 * the costly part (segmenting, stemming, looking up) is done per text, and comparing two analysed
 * texts (evidence.ts) is a few set lookups.
 */
import { chineseWords, parts } from './chinese';
import { englishWords, stem } from './english';
import { rootOf } from './families';
import { lexicon, type Lexicon } from './load';
import { prose } from './prose';

/** A word of one side: its gloss root ids, and how much it weighs. */
export interface SideWord {
	roots: readonly number[];
	weight: number;
}

/** An English text's words: those in the glosses, and every word (to meet a Latin word kept). */
export interface EnglishSide {
	words: SideWord[];
	all: ReadonlySet<string>;
	roots: ReadonlySet<number>;
}

/** A Chinese text's dictionary words, its Latin words, and every root its words' glosses have. */
export interface ChineseSide {
	words: SideWord[];
	latin: ReadonlySet<string>;
	glossed: ReadonlySet<number>;
}

/**
 * A stem's root id in the lexicon, or undefined when its glosses never use it.
 * @example
 * lexicon().data.stems[rootOfStem(lexicon(), 'deployment')!] // => 'deploy'
 */
export function rootOfStem(lexicon: Lexicon, text: string): number | undefined {
	const index = lexicon.stem.get(rootOf(text, lexicon.stem)) ?? lexicon.stem.get(text);
	return index === undefined ? undefined : lexicon.data.family[index];
}

// Kept across texts, as skills repeat their words: English words' roots, Chinese words' roots.
const englishRoots = new Map<string, number[]>();
const chineseRoots = new Map<number, number[]>();

/** An English word's roots: one, or a compound's two ("heatmap": heat, map), or none. */
function rootsOfEnglish(lexicon: Lexicon, word: string): number[] {
	let ids = englishRoots.get(word);
	if (ids === undefined) {
		const whole = rootOfStem(lexicon, stem(word));
		ids = whole === undefined ? [] : [whole];
		for (let cut = 3; ids.length === 0 && cut <= word.length - 3; cut++) {
			const head = rootOfStem(lexicon, word.slice(0, cut));
			const tail = rootOfStem(lexicon, stem(word.slice(cut)));
			if (head !== undefined && tail !== undefined) ids = [head, tail];
		}
		englishRoots.set(word, ids);
	}
	return ids;
}

/** A Chinese word's gloss roots, with those of the words it is made of (前提条件: 前提, 条件). */
function rootsOfChinese(lexicon: Lexicon, word: number): number[] {
	let ids = chineseRoots.get(word);
	if (ids === undefined) {
		const { gloss, glossStart } = lexicon.data;
		const all = new Set<number>();
		for (const part of [word, ...parts(lexicon, word)])
			for (let at = glossStart[part]!; at < glossStart[part + 1]!; at++) all.add(gloss[at]!);
		ids = [...all];
		chineseRoots.set(word, ids);
	}
	return ids;
}

/**
 * An English text as the dictionary sees it (its prose only: see prose.ts).
 * @example
 * englishSide('Deploy the models').words.length // => 2
 */
export function englishSide(text: string): EnglishSide {
	const dictionary = lexicon();
	const all = new Set(englishWords(prose(text)));
	const roots = new Set<number>();
	const words: SideWord[] = [];
	for (const word of all) {
		const ids = rootsOfEnglish(dictionary, word);
		if (ids.length === 0) continue;
		ids.forEach((id) => roots.add(id));
		words.push({
			roots: ids,
			weight: ids.reduce((most, id) => Math.max(most, dictionary.data.stemIdf[id]!), 0),
		});
	}
	return { words, all, roots };
}

/**
 * A Chinese text as the dictionary sees it (its prose only: see prose.ts).
 * @example
 * chineseSide('部署模型').words.length // => 2
 */
export function chineseSide(text: string): ChineseSide {
	const dictionary = lexicon();
	const found = chineseWords(dictionary, prose(text));
	const glossed = new Set<number>();
	const words: SideWord[] = [];
	for (const word of found.words) {
		const roots = rootsOfChinese(dictionary, word);
		// Words without an English gloss (particles, names) say nothing either way.
		if (roots.length === 0) continue;
		roots.forEach((id) => glossed.add(id));
		words.push({ roots, weight: dictionary.data.wordIdf[word]! });
	}
	return { words, latin: new Set(found.latin), glossed };
}
