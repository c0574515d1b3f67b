// Characters as a reader counts them: graphemes, by Intl.Segmenter. Segmenting is slow (about a
// microsecond a character) and a library has tens of thousands of previews, so texts that cannot
// hold a grapheme of more than one code unit are counted by their length (most English and
// Chinese texts), and a long text is segmented only as far as a preview needs.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** What can join code units into one grapheme: marks (accents, variation selectors, keycaps),
 * format characters (ZWJ), code points beyond 16 bits (emoji, flags), Hangul jamo, CR LF. */
const joining = /[\p{M}\p{Cf}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\r]|[^\u0000-\uffff]/u;

/**
 * How many graphemes a text has, counted up to `atMost` (a text longer than that counts as
 * `atMost + 1`: enough to say it does not fit, without segmenting the rest).
 * @example
 * graphemeLength('e\u0301👍🏽能') // => 3
 * graphemeLength('能力范围') // => 4
 * graphemeLength('👍🏽'.repeat(1000), 10) // => 11
 */
export function graphemeLength(text: string, atMost = Infinity): number {
	if (!joining.test(text)) return Math.min(text.length, atMost + 1);
	// Past the cap already in its first code units, none of which joins another: each of them
	// starts a grapheme of its own.
	if (text.length > atMost && !joining.test(text.slice(0, atMost + 1))) return atMost + 1;
	let count = 0;
	for (const _ of segmenter.segment(text)) if (++count > atMost) break;
	return count;
}

/**
 * The first `count` graphemes of a text.
 * @example
 * firstGraphemes('👨‍👩‍👧‍👦👨‍👩‍👧‍👦x', 1) // => '👨‍👩‍👧‍👦'
 * firstGraphemes('能力范围', 2) // => '能力'
 */
export function firstGraphemes(text: string, count: number): string {
	// Nothing joins up to the cut, the code unit after it included (a mark would join the last).
	if (!joining.test(text.slice(0, Math.max(0, count) + 1)))
		return text.slice(0, Math.max(0, count));
	let taken = 0;
	for (const { index } of segmenter.segment(text)) {
		if (taken++ === count) return text.slice(0, index);
	}
	return text;
}
