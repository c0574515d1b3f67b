/**
 * A result card's content, and the order of the cards. How they are ranked is the README's
 * "Search in both languages", in two lines: by tier (matches.ts), then by how many of the query's
 * words a section has, then by Pagefind's score, then by how often the words are there.
 */
import type { Passage } from './passage';

/** One language's half of a card. */
export interface CardHalf {
	lang: string;
	/** The language's name, in that language. */
	label: string;
	passage: Passage;
	matched: boolean;
	/** The page shows the other language's text here: it is not translated yet. */
	pending: boolean;
	/** Its page is being read: the half holds its place, and is drawn when it is read. */
	unread: boolean;
}

/** A result: where it links, the skill › section path, its halves, and why it was found. */
export interface Card {
	id: string;
	href: string;
	path: string[];
	tier: number;
	halves: CardHalf[];
	/** Words found through the dictionary: the word, and the English found for it. */
	translated: [string, string[]][];
	rank: number[];
}

/**
 * All pages' cards in order, a section once (where it ranks best).
 * @example
 * rankCards([...pageCards(a, words, 'en'), ...pageCards(b, words, 'en')]).map((card) => card.id)
 */
export function rankCards(cards: Card[]): Card[] {
	const compare = (a: Card, b: Card) => {
		for (let at = 0; at < a.rank.length; at++)
			if (a.rank[at] !== b.rank[at]) return a.rank[at]! - b.rank[at]!;
		return 0;
	};
	const seen = new Set<string>();
	return [...cards].sort(compare).filter((card) => !seen.has(card.id) && seen.add(card.id));
}

/**
 * The first of a batch's ranked cards that no card of a page still being read can come before,
 * `next` being the first page not read: they can be drawn now, and keep their places when the
 * rest come. Pages come best first, so every later page is of `next`'s tier or a later one, and
 * in its tier scores no more: a card of an earlier tier comes first, and so does one of its tier
 * with all the query's `words` and a better score than `next`'s.
 * @example
 * settledCards(rankCards(cards), { tier: 0, score: 2.1 }, 2).length // => 3
 */
export function settledCards(
	ranked: Card[],
	next: { tier: number; score: number } | undefined,
	words: number
): Card[] {
	if (!next) return ranked;
	const settled = (card: Card) =>
		card.tier < next.tier ||
		(card.tier === next.tier && -card.rank[1]! >= words && -card.rank[2]! > next.score);
	const end = ranked.findIndex((card) => !settled(card));
	return end < 0 ? ranked : ranked.slice(0, end);
}
