/**
 * Negations English writes inside a word, by a prefix or a suffix ("invisible", "unclear",
 * "inconsistent", "stateless"), which Chinese writes with a negation of its own (不可见, 不清晰,
 * 不一致, 无状态). The same letters often negate nothing ("install", "impact", "dismiss"): the
 * dictionary tells them apart, by how CC-CEDICT's Chinese says the word, and by how the
 * translation at hand says it.
 */
import { chineseWords } from '../lexicon/chinese';
import { stem } from '../lexicon/english';
import { lexicon } from '../lexicon/load';
import { rootOfStem } from '../lexicon/sides';
import { chineseNegation } from './negation';

// A negating prefix before a word of four letters or more, or "-less" after one of three.
const affixed = /^(?:un|non|in|im|il|ir|dis|mis)([a-z]{4,})$|^([a-z]{3,})less$/;
// Connectives made with "-less" that negate nothing, as 无论 and 不过 do not in Chinese.
const connectives = new Set(['regardless', 'nevertheless', 'nonetheless']);
const negates = new RegExp(chineseNegation.source);
/** A short Chinese word that opens with a negation (不可见, 无形, 非法, 未知, 禁用): as a prefix does. */
const negatingWord =
	/^(?:不(?![同断过仅久论管但然])|无(?!论)|非(?!常)|未(?!来)|没|禁)[\p{Script=Han}]{1,3}$/u;
/** The share of a word's translations in CC-CEDICT that open with a negation, for "in-", "dis-",
 * "mis-" … to be one ("impossible": 不可能; not "impact", "dismiss", "missing"). */
const negatedShare = 0.1;

let negatedRoots: Uint8Array | undefined;

/** Each gloss root: whether enough of the words it glosses open with a negation. One pass over
 * the dictionary, on first use (about 15 ms). */
function negatedRoot(root: number): boolean {
	negatedRoots ??= countNegated();
	return negatedRoots[root] === 1;
}

function countNegated(): Uint8Array {
	const { words, gloss, glossStart, stems } = lexicon().data;
	const [all, negating] = [new Uint32Array(stems.length), new Uint32Array(stems.length)];
	for (let word = 0; word < words.length; word++) {
		const negated = negatingWord.test(words[word]!);
		for (let at = glossStart[word]!; at < glossStart[word + 1]!; at++) {
			all[gloss[at]!]!++;
			if (negated) negating[gloss[at]!]!++;
		}
	}
	return Uint8Array.from(all, (count, id) =>
		count > 0 && negating[id]! >= count * negatedShare ? 1 : 0
	);
}

/** The roots a Chinese text says with words that do not negate (安装 "install", 意图 "intent"),
 * and the Latin words it keeps ("Instances"), which it does not translate. */
function saidPlainly(chinese: string): { roots: Set<number>; latin: Set<string> } {
	const dictionary = lexicon();
	const { words, gloss, glossStart } = dictionary.data;
	const found = chineseWords(dictionary, chinese);
	const roots = new Set<number>();
	for (const word of found.words)
		if (!negates.test(words[word]!))
			for (let at = glossStart[word]!; at < glossStart[word + 1]!; at++) roots.add(gloss[at]!);
	return { roots, latin: new Set(found.latin) };
}

/**
 * The words of an English text that negate by an affix, as its translation shows: a prefix or
 * "-less" joined to a word the dictionary knows ("in" + "visible"); "in-", "dis-" … only where
 * CC-CEDICT's Chinese for the word often negates; none that the translation says with a word
 * that does not negate (安装 for "install") or keeps in English.
 * @example
 * affixNegations('Invisible forces', '不可见的力量') // => ['invisible']
 * affixNegations('Install the package', '安装软件包') // => []
 */
export function affixNegations(english: string, chinese: string): string[] {
	const dictionary = lexicon();
	const candidates: { word: string; whole: number | undefined; positive: number | undefined }[] =
		[];
	for (const word of english.toLowerCase().match(/[a-z]+/g) ?? []) {
		const parts = affixed.exec(word);
		if (!parts || connectives.has(word)) continue;
		const positive = rootOfStem(dictionary, stem((parts[1] ?? parts[2])!));
		const whole = rootOfStem(dictionary, stem(word));
		// The prefix must make another word ("under" is no "un" + "der"); "-less" joins its
		// word's family in the lexicon ("countless" is "count"'s), so the family is the same.
		if (parts[1] !== undefined && whole !== undefined && whole === positive) continue;
		candidates.push({ word, whole, positive });
	}
	if (candidates.length === 0) return [];
	const plain = saidPlainly(chinese);
	return candidates
		.filter(({ word, whole, positive }) => {
			// Kept in English, or said by a word that does not negate: no negation to keep.
			if (plain.latin.has(word) || (whole !== undefined && plain.roots.has(whole))) return false;
			// CC-CEDICT often says it with a negation (不可避免 "inevitable"); or the translation
			// says the word it negates (可变 "mutable" for "immutable"); or "un-", "non-" and
			// "-less" join a word the dictionary knows ("unsupported"), as they do but to undo
			// ("uninstall", which the translation's 卸载 says plainly).
			if (whole !== undefined && negatedRoot(whole)) return true;
			// "mis-" says "wrongly" (配置错误 for "misconfiguration"), not "not".
			if (positive === undefined || word.startsWith('mis')) return false;
			return plain.roots.has(positive) || /^(?:un|non)|less$/.test(word);
		})
		.map(({ word }) => word);
}
