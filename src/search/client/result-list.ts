/**
 * The result cards of one query, drawn as soon as what they show is read: a batch's cards as
 * its pages are read (the half that matched, and the other half's place kept), then, in
 * the same cards, the other halves once the skills' pages in the other language are read. On a
 * phone, reading those pages took as long again as the search: the reader sees the cards first.
 */
import { fill } from '../../i18n/fill';
import type { SearchStrings } from '../markup';
import { cardElement, fillCard } from './card';
import { readPage } from './page-text';
import { settledCards, type Card } from './ranking';
import { cardsOf, type Found, type SearchContext } from './results';

/** Pages read for each batch of cards: enough for a first screen of cards, three at most a page. */
export const batch = 6;

/** The elements the result list draws into. */
export interface ListElements {
	list: HTMLElement;
	status: HTMLElement;
	more: HTMLElement;
}

/**
 * The list of cards of what a query found, read a batch of pages at a time.
 * @example
 * const results = new ResultList(elements, strings, context);
 * results.reset(found);
 * await results.show('Kubernetes 部署', () => false);
 */
export class ResultList {
	private found: Found = { words: [], matches: [] };
	private shown = new Set<string>();
	private read = 0;

	constructor(
		private readonly elements: ListElements,
		private readonly strings: SearchStrings,
		private readonly context: SearchContext
	) {}

	/** A new query's list, empty until its first cards are drawn. */
	reset(found: Found): void {
		[this.found, this.shown, this.read] = [found, new Set(), 0];
		this.elements.list.replaceChildren();
	}

	/** More pages found after those the list has (through the dictionary): its order is kept. */
	extend(found: Found): void {
		this.found = found;
		this.elements.more.hidden = this.read >= found.matches.length;
	}

	/** How many of the pages found are drawn. */
	get pagesRead(): number {
		return this.read;
	}

	/**
	 * The next pages' cards, `size` pages at a time; a batch whose pages have no card to show (a
	 * page found through the dictionary needs a section with all the words) is followed by the
	 * next. A batch's cards are drawn as its pages are read, each as soon as no page still being
	 * read can give a card before it; their other halves are drawn in them after.
	 */
	async show(query: string, stale: () => boolean, size = batch): Promise<void> {
		const { more } = this.elements;
		const found = this.found;
		const drawn = new Map<string, HTMLLIElement>();
		const ranges: [number, number][] = [];
		while (drawn.size === 0 && this.read < found.matches.length) {
			const [from, to] = [this.read, Math.min(this.read + size, found.matches.length)];
			const pages = found.matches.slice(from, to).map((match) => {
				const page = { read: false, text: readPage(match.result) };
				void page.text.then(() => (page.read = true));
				return page;
			});
			for (let at = 0; at < pages.length; at++) {
				await pages[at]!.text;
				// Pages read meanwhile are ranked with this one, not one after another.
				if (pages[at + 1]?.read) continue;
				const cards = await cardsOf(found, from, from + at + 1, this.context, stale, false);
				if (stale()) return;
				const next = found.matches[from + at + 1];
				this.draw(
					query,
					settledCards(cards, at + 1 < pages.length ? next : undefined, found.words.length),
					drawn
				);
			}
			this.read = to;
			ranges.push([from, to]);
		}
		more.hidden = this.read >= this.found.matches.length;
		this.draw(query, [], drawn, true);
		// The same pages give the same cards, now with the skills' pages in the other language.
		for (const [from, to] of ranges) {
			const cards = await cardsOf(found, from, to, this.context, stale);
			if (stale()) return;
			for (const card of cards) {
				const item = drawn.get(card.id);
				if (item) fillCard(item, card, this.strings);
			}
		}
	}

	/** Draws the cards not drawn yet, below the others, and says how many the list has (once
	 * all are drawn, `done`, even none: not “no results” while pages are still being read). */
	private draw(query: string, cards: Card[], drawn: Map<string, HTMLLIElement>, done = false) {
		const { list, status } = this.elements;
		const fresh = cards.filter((card) => !this.shown.has(card.id));
		if (fresh.length === 0 && !done) return;
		for (const card of fresh) {
			this.shown.add(card.id);
			drawn.set(card.id, cardElement(card, this.strings));
		}
		list.append(...fresh.map((card) => drawn.get(card.id)!));
		const count = list.childElementCount;
		const said = [this.strings.none, this.strings.one][count] ?? this.strings.count;
		status.textContent = fill(said, { count: `${count}`, query });
	}
}
