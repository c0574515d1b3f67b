/**
 * The words of a Chinese text, as the lexicon knows them: jieba cuts the text with CC-CEDICT's
 * words for its dictionary, and a run of characters it leaves whole that CC-CEDICT lacks is cut
 * again into the longest words it has. Latin words (names, terms a translation keeps) come apart.
 */
import type { Lexicon } from './load';

const han = /\p{Script=Han}/u;
/** CC-CEDICT's longest words of interest here; idioms and names beyond this are rare in skills. */
const longestWord = 6;

/** The known words of a run of Han characters, longest first from the left, none longer than `most`. */
function known(lexicon: Lexicon, run: string, most = longestWord): number[] {
	const found: number[] = [];
	for (let start = 0; start < run.length;) {
		let length = Math.min(most, run.length - start);
		while (length > 1 && !lexicon.word.has(run.slice(start, start + length))) length--;
		const index = lexicon.word.get(run.slice(start, start + length));
		if (index !== undefined) found.push(index);
		start += length;
	}
	return found;
}

/**
 * A Chinese text's dictionary words (indices into the lexicon's words) and its Latin words (lower
 * case), each once, in order.
 * @example
 * const { words, latin } = chineseWords(lexicon(), '使用 Kubernetes 部署');
 * words.map((index) => lexicon().data.words[index]) // => ['使用', '部署']; latin // => ['kubernetes']
 */
export function chineseWords(lexicon: Lexicon, text: string): { words: number[]; latin: string[] } {
	// The checks cut a translation twice in a row (for its negations, then for its evidence).
	if (last?.text === text && last.lexicon === lexicon) return last.found;
	const words = new Set<number>();
	const latin = new Set<string>();
	for (const piece of lexicon.jieba.cut(text, false)) {
		if (han.test(piece)) {
			const index = lexicon.word.get(piece);
			for (const word of index === undefined ? known(lexicon, piece) : [index]) words.add(word);
		} else for (const word of piece.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? []) latin.add(word);
	}
	const found = { words: [...words], latin: [...latin] };
	last = { lexicon, text, found };
	return found;
}

/** The text cut last, and its words: the one a check asks for again. */
let last: { lexicon: Lexicon; text: string; found: ReturnType<typeof chineseWords> } | undefined;

const partsOf = new Map<number, number[]>();

/**
 * The shorter words a word of three characters or more is made of (前提条件: 前提, 条件), whose
 * glosses say what a compound's own gloss may not ("precondition", but not "prerequisite").
 * @example
 * parts(lexicon(), lexicon().word.get('前提条件')!).map((index) => lexicon().data.words[index]) // => ['前提', '条件']
 */
export function parts(lexicon: Lexicon, word: number): number[] {
	let found = partsOf.get(word);
	if (found === undefined) {
		const text = lexicon.data.words[word]!;
		found =
			text.length < 3
				? []
				: known(lexicon, text, text.length - 1).filter(
						(part) => lexicon.data.words[part]!.length > 1
					);
		partsOf.set(word, found);
	}
	return found;
}
