/**
 * The English words of a CC-CEDICT entry that say what it means. An entry's senses carry notes
 * (`(computing) pipeline`, `(of a computer) to run`), references to other entries
 * (`variant of 丁[ding1]`, `CL:個|个[ge4]`, `see 丁丁[zheng1 zheng1]`) and names: only the
 * senses' own words count.
 */
import { englishWords } from './english';

/** Senses that only point elsewhere: their words are not the entry's meaning. */
const reference =
	/^(?:(?:old |erhua |archaic |japanese |taiwan )*variant of|see |see also |used in |cl:|surname |abbr\. for |also written |also pr\. |pr\. )/i;
const note = /\([^()]*\)/g;
const chinese = /[^\s;,]*\p{Script=Han}[^\s;,]*/gu;
/** Pinyin, `[zheng1 zheng1]`, of a word referred to or of another reading. */
const pinyin = /\[[^\]]*\]/g;

/**
 * The content words of an entry's senses (the English of one CC-CEDICT line), as written.
 * @example
 * glossWords(['(fig.) to function; to be in operation', '(of a computer) to run'])
 * // => ['function', 'operation', 'run']
 */
export function glossWords(senses: readonly string[]): string[] {
	return senses
		.flatMap((sense) => sense.split(';'))
		.map((sense) => sense.trim())
		.filter((sense) => !reference.test(sense))
		.flatMap((sense) =>
			englishWords(sense.replace(note, ' ').replace(pinyin, ' ').replace(chinese, ' '))
		)
		.filter((word) => !/\d/.test(word));
}
