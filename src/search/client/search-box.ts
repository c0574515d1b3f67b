/**
 * The search dialog's behaviour: open it (its button, Ctrl+K or ⌘K), search as the reader types,
 * show the cards a batch of pages at a time, move between the field and the cards with the arrow
 * keys, and close it (Escape, Cancel, a click outside it, or following a result).
 */
import { languageKeys, languages } from '../../i18n/languages';
import { data, names } from '../../views/names';
import type { SearchStrings } from '../markup';
import { engine } from './engine';

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
		const start = () => (loading ??= engine(reader, base, { list, status, more }, strings));
		// Each key typed makes the searches before it stale: each stops at its next step, and the
		// newest starts at once, beside them, rather than after them (on a slow phone the step a
		// stale search is in, a page or an index chunk read, took as long as the newest search).
		let run = 0;
		let running = 0;

		const show = () => {
			dialog.showModal();
			input.focus();
			void start();
		};
		/** A query's cards: those of its words as written first, each card's other half as soon
		 * as it is read, then those found through the dictionary below them. */
		const searchOnce = async (current: number) => {
			const query = input.value.trim();
			if (!query)
				return void (list.replaceChildren(), (status.textContent = ''), (more.hidden = true));
			const { context, find, widen, results, batch } = await start();
			const stale = () => current !== run;
			const direct = await find(query, context, stale, 'direct');
			// Typed on meanwhile: the newer query is looked up, and this one's pages not read.
			if (stale()) return;
			results.reset(direct);
			const translated = direct.words.some((word) => word.translations.length > 0);
			// No page has a word as written: its pages are those of the dictionary, which say so.
			if (direct.matches.length > 0 || !translated) await results.show(query, stale);
			else status.textContent = '';
			if (stale() || !translated) return;
			const all = await widen(direct, context);
			if (stale()) return;
			results.extend(all);
			if (results.pagesRead < batch) await results.show(query, stale, batch - results.pagesRead);
		};
		const search = async () => {
			const current = ++run;
			// Busy while any search runs: a stale one may still be finishing its step.
			if (running++ === 0) list.setAttribute('aria-busy', 'true');
			try {
				await searchOnce(current);
			} finally {
				if (--running === 0) list.removeAttribute('aria-busy');
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
		const typed = () => {
			// The dictionary's chunks and Pagefind's index chunks of the words typed so far are
			// read while the reader types on, not once the search starts.
			void loading?.then(({ context, preloadWords }) => {
				preloadWords(input.value, base);
				context.index.preload(input.value.trim());
			});
			void search();
		};
		// While an input method composes (pinyin for 联邦 is “lianbang” until it is chosen), the
		// box holds letters the reader is not searching for: the search starts with the choice.
		input.addEventListener('input', (event) => (event as InputEvent).isComposing || typed());
		input.addEventListener('compositionend', typed);
		more.addEventListener('click', async () => {
			const current = run;
			const { results } = await start();
			await results.show(input.value.trim(), () => current !== run);
		});
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
