// Characters as a reader counts them: graphemes, by Intl.Segmenter. Segmenting is slow (about a
// microsecond a character) and a library has tens of thousands of previews, so texts that cannot
// hold a grapheme of more than one code unit are counted by their length: most English and
// Chinese texts.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** What can join code units into one grapheme: marks (accents, variation selectors, keycaps),
 * format characters (ZWJ), code points beyond 16 bits (emoji, flags), Hangul jamo, CR LF. */
const joining = /[\p{M}\p{Cf}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\r]|[^\u0000-\uffff]/u;

/**
 * How many graphemes a text has.
 * @example
 * graphemeLength('e\u0301👍🏽能') // => 3
 * graphemeLength('能力范围') // => 4
 */
export function graphemeLength(text: string): number {
	if (!joining.test(text)) return text.length;
	let count = 0;
	for (const _ of segmenter.segment(text)) count++;
	return count;
}

/**
 * The first `count` graphemes of a text.
 * @example
 * firstGraphemes('👨‍👩‍👧‍👦👨‍👩‍👧‍👦x', 1) // => '👨‍👩‍👧‍👦'
 * firstGraphemes('能力范围', 2) // => '能力'
 */
export function firstGraphemes(text: string, count: number): string {
	if (!joining.test(text)) return text.slice(0, Math.max(0, count));
	let taken = 0;
	for (const { index } of segmenter.segment(text)) {
		if (taken++ === count) return text.slice(0, index);
	}
	return text;
}
