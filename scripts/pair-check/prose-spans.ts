/**
 * Where a Markdown text's prose is, apart from its code spans and link targets: alterations of
 * numbers, modals and negations change the prose, and those of code and links change the rest.
 */

/** Code spans, link targets (`](…)`), autolinks and bare URLs: what is not prose. */
const notProse = /(`+)[^`]*?\1|\]\([^)]*\)|<[a-z]+:[^>]*>|\bhttps?:\/\/[^\s)>\]]+/gi;

/** A match of a pattern: where it is and what it matched. */
export interface Match {
	index: number;
	text: string;
}

/**
 * The matches of a pattern in a text's prose only (not in code spans, link targets or URLs).
 * @example
 * proseMatches('Run `npm i` 2 times', /\d+/g) // => [{ index: 12, text: '2' }]
 */
export function proseMatches(text: string, pattern: RegExp): Match[] {
	const skipped = [...text.matchAll(notProse)].map(
		(match) => [match.index, match.index + match[0].length] as const
	);
	return [...text.matchAll(pattern)]
		.filter(
			(match) =>
				!skipped.some(([start, end]) => match.index < end && match.index + match[0].length > start)
		)
		.map((match) => ({ index: match.index, text: match[0] }));
}

/**
 * The text with one match replaced.
 * @example
 * replaceAt('a 2 b', { index: 2, text: '2' }, '3') // => 'a 3 b'
 */
export function replaceAt(text: string, match: Match, by: string): string {
	return text.slice(0, match.index) + by + text.slice(match.index + match.text.length);
}
