/**
 * The words of a result card's passage: a range of a page's words, cut to what a card shows
 * around the first word the query found there, with those words marked.
 */
import type { PageText } from './page-text';

/** A run of a passage's text, marked when it is a word the query found. */
export interface PassagePiece {
	text: string;
	marked: boolean;
}

/** A passage, and whether words of its sentences were cut before or after it. */
export interface Passage {
	pieces: PassagePiece[];
	cutBefore: boolean;
	cutAfter: boolean;
}

/** About three lines of a card, in characters (a Chinese character is about two Latin letters wide). */
const budget = 220;
const width = (word: string) =>
	[...word].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

/**
 * The passage of words [start, end) of a page, around the first of `marked` in it if it is
 * longer than a card shows.
 * @example
 * passage(text, [120, 131], new Set([125])) // => { pieces: [{ text: 'Kubernetes ', marked: false }, { text: 'deployment', marked: true }, …], cutBefore: false, cutAfter: true }
 */
export function passage(
	text: PageText,
	[start, end]: [number, number],
	marked: ReadonlySet<number>
): Passage {
	const first =
		[...marked].filter((at) => start <= at && at < end).sort((a, b) => a - b)[0] ?? start;
	// Some words before the first one found, then as many after as the card has room for.
	let from = first;
	let used = width(text.words[first] ?? '');
	while (from > start && used < budget / 4) used += width(text.words[--from]!);
	let to = first + 1;
	while (to < end && used + width(text.words[to]!) <= budget) used += width(text.words[to++]!);
	while (from > start && used + width(text.words[from - 1]!) <= budget)
		used += width(text.words[--from]!);
	const pieces: PassagePiece[] = [];
	const add = (piece: string, isMarked: boolean) => {
		const last = pieces.at(-1);
		if (!piece) return;
		if (last && !last.marked && !isMarked) last.text += piece;
		else pieces.push({ text: piece, marked: isMarked });
	};
	for (let at = from; at < to; at++) {
		const word = text.words[at]!;
		// A mark holds the word, not the space after it.
		const core = marked.has(at) ? word.trimEnd() : word;
		add(core, marked.has(at));
		add(word.slice(core.length) + (at < to - 1 ? text.joiner : ''), false);
	}
	const last = pieces.at(-1);
	if (last && !last.marked) last.text = last.text.trimEnd();
	return { pieces, cutBefore: from > start, cutAfter: to < end };
}
