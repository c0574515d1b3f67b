/**
 * The search dialog's behaviour: open it (its button, Ctrl+K or ⌘K), search as the reader types,
 * show the cards a batch of pages at a time, move between the field and the cards with the arrow
 * keys, and close it (Escape, Cancel, a click outside it, or following a result).
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { fill } from '../../i18n/fill';
import { languageKeys, languages } from '../../i18n/languages';
import { data, names } from '../../views/names';
import type { SearchStrings } from '../markup';
import type { Found, SearchContext } from './results';

/** What searching takes, loaded when the reader first reaches for the search: not on every page view. */
async function engine(reader: SearchContext['reader'], base: string) {
	const [{ bothIndexes }, results, { cardElement }] = await Promise.all([
		import('./pagefind'),
		import('./results'),
		import('./card'),
	]);
	const context: SearchContext = {
		index: await bothIndexes(base, pagefindUserConfig.ranking),
		base,
		reader,
	};
	return { context, find: results.find, cardsOf: results.cardsOf, cardElement };
}

/** Pages read for each batch of cards: enough for a first screen of cards, three at most a page. */
const batch = 6;
/** How long typing pauses before a search starts: a search per keystroke would queue up on a slow phone. */
const pause = 60;

/** The search's element: `<bilingual-search>`, drawn by the Search override. */
export class SearchBox extends HTMLElement {
	connectedCallback() {
		const find$ = <T extends Element>(name: string) =>
			this.querySelector<T & HTMLElement>(`.${name}`)!;
		const [open, dialog, input, status, list, more] = [
			find$<HTMLButtonElement>(names.searchOpen),
			find$<HTMLDialogElement>(names.searchDialog),
			find$<HTMLInputElement>(names.searchInput),
			find$(names.searchStatus),
			find$(names.searchResults),
			find$(names.searchMore),
		];
		const strings = JSON.parse(this.getAttribute(data.strings)!) as SearchStrings;
		const page = document.documentElement.lang.toLowerCase();
		const reader =
			languageKeys.find((key) => languages[key].lang.toLowerCase() === page) ?? languageKeys[0];
		const base = import.meta.env.BASE_URL;
		let loading: ReturnType<typeof engine> | undefined;
		const start = () => (loading ??= engine(reader, base));
		let run = 0;
		// One search at a time, for the latest query: on a slow phone, a search per key pressed
		// would queue behind each other, and the last one, the one the reader waits for, last.
		let searching = false;
		let typed = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let found: Found | undefined;
		let shown = new Set<string>();
		let read = 0;

		const show = () => {
			dialog.showModal();
			input.focus();
			void start();
		};
		/** The next pages' cards; a batch whose pages have no card to show (a page found through
		 * the dictionary needs a section with all the words) is followed by the next. */
		const showMore = async (current: number, query: string) => {
			const { context, cardsOf, cardElement } = await start();
			const stale = () => current !== run || typed;
			let added: Awaited<ReturnType<typeof cardsOf>> = [];
			while (added.length === 0 && read < found!.matches.length) {
				const cards = await cardsOf(found!, read, read + batch, context, stale);
				if (stale()) return;
				read += batch;
				added = cards.filter((card) => !shown.has(card.id) && shown.add(card.id));
			}
			list.append(...added.map((card) => cardElement(card, strings)));
			more.hidden = read >= found!.matches.length;
			const count = list.childElementCount;
			status.textContent = fill(count ? strings.count : strings.none, { count: `${count}`, query });
		};
		const searchOnce = async () => {
			const current = ++run;
			const query = input.value.trim();
			if (!query)
				return void (list.replaceChildren(), (status.textContent = ''), (more.hidden = true));
			const { context, find } = await start();
			const next = await find(query, context, () => typed);
			// Typed on meanwhile: the newer query is looked up next, and this one's pages not read.
			if (typed) return;
			[found, shown, read] = [next, new Set(), 0];
			list.replaceChildren();
			await showMore(current, query);
		};
		const search = async () => {
			typed = true;
			if (searching) return;
			searching = true;
			try {
				while (typed) {
					typed = false;
					await searchOnce();
				}
			} finally {
				searching = false;
			}
		};

		open.addEventListener('click', show);
		// The reader reaching for the button (a pointer over it, a finger on it, the keyboard on it)
		// starts loading the index before the dialog opens.
		for (const reach of ['pointerenter', 'pointerdown', 'focus'])
			open.addEventListener(reach, () => void start(), { once: true });
		open.disabled = false;
		this.querySelector(`.${names.searchCancel}`)!.addEventListener('click', () => dialog.close());
		addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				event.preventDefault();
				if (dialog.open) dialog.close();
				else show();
			}
		});
		// A click on the backdrop is a click on the dialog itself, outside its frame.
		dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
		list.addEventListener(
			'click',
			(event) => (event.target as Element).closest('a') && dialog.close()
		);
		input.addEventListener('input', () => {
			clearTimeout(timer);
			timer = setTimeout(search, pause);
		});
		more.addEventListener('click', () => void showMore(run, input.value.trim()));
		dialog.addEventListener('keydown', (event) => {
			if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
			const stops = [input, ...list.querySelectorAll<HTMLElement>(`.${names.searchLink}`)];
			const at = stops.indexOf(document.activeElement as HTMLElement);
			if (at < 0) return;
			event.preventDefault();
			stops[
				Math.max(0, Math.min(stops.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))
			]!.focus();
		});
	}
}
