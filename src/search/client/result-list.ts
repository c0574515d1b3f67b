/**
 * The result cards of one query, drawn as soon as what they show is read: a batch of cards once
 * the pages found are read (the half that matched, and the other half's place kept), then, in
 * the same cards, the other halves once the skills' pages in the other language are read. On a
 * phone, reading those pages took as long again as the search: the reader sees the cards first.
 */
import { fill } from '../../i18n/fill';
import type { SearchStrings } from '../markup';
import { cardElement, fillCard } from './card';
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
	 * next. Their other halves are drawn in them after.
	 */
	async show(query: string, stale: () => boolean, size = batch): Promise<void> {
		const { list, status, more } = this.elements;
		const found = this.found;
		const drawn = new Map<string, HTMLLIElement>();
		const ranges: [number, number][] = [];
		while (drawn.size === 0 && this.read < found.matches.length) {
			const [from, to] = [this.read, Math.min(this.read + size, found.matches.length)];
			const cards = await cardsOf(found, from, to, this.context, stale, false);
			if (stale()) return;
			this.read = to;
			ranges.push([from, to]);
			for (const card of cards.filter((card) => !this.shown.has(card.id))) {
				this.shown.add(card.id);
				drawn.set(card.id, cardElement(card, this.strings));
			}
		}
		list.append(...drawn.values());
		more.hidden = this.read >= this.found.matches.length;
		const count = list.childElementCount;
		const said = [this.strings.none, this.strings.one][count] ?? this.strings.count;
		status.textContent = fill(said, {
			count: `${count}`,
			query,
		});
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
}
