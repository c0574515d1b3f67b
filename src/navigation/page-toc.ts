import { names } from '../views/names';
import { headingTop, scrollMargin, sectionAtTop, viewTop } from './section-at-top';

// "On this page" (components/overrides/TableOfContents.astro and MobileTableOfContents.astro):
// marks the link of the section the reader is in. Starlight's own script finds that section by
// observing every element of the page that holds no heading, which it selects with `:has()` over
// the whole page once the browser is idle: on a long skill, whose code is thousands of coloured
// spans, that selection alone was two tasks of 25 ms (one per list), the most of the page's
// blocking time. Here only the listed headings are read, and only their positions: the current
// section is the last whose heading has reached the top of the view, as when switching language
// (section-at-top.ts). That also follows the compare view, whose headings sit in rows
// Starlight's selectors do not reach.

/** How far below the top of the view a heading already counts as reached, as in Starlight. */
const slack = 32;

/**
 * The list of "On this page": a custom element around Starlight's markup.
 * @example
 * <page-toc><nav><ul><li><a href="#_top">…</a></li>…</ul></nav></page-toc>
 */
export class PageToc extends HTMLElement {
	/** Each link with the heading it goes to, in the page's order. */
	#entries: { link: HTMLAnchorElement; id: string; heading: HTMLElement }[] = [];
	#current: HTMLAnchorElement | undefined;
	#frame = 0;

	connectedCallback() {
		for (const link of this.querySelectorAll('a')) {
			const id = decodeURIComponent(link.hash.slice(1));
			const heading = document.getElementById(id);
			if (heading) this.#entries.push({ link, id, heading });
		}
		const schedule = () => (this.#frame ||= requestAnimationFrame(this.#update));
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', schedule);
		// After the first paint, when the page's layout is done and reading it costs nothing.
		(window.requestIdleCallback ?? setTimeout)(schedule);
	}

	/** Marks a link current, as Starlight does: with `aria-current`, which the styles read. */
	protected mark(link: HTMLAnchorElement) {
		if (link === this.#current) return;
		this.#current?.removeAttribute('aria-current');
		link.setAttribute('aria-current', 'true');
		this.#current = link;
	}

	#update = () => {
		this.#frame = 0;
		// Scroll margins are read each time: the compare view's change with its layout.
		const tops = this.#entries.map(({ id, heading }) => ({
			id,
			top: headingTop(heading, scrollMargin(heading)),
		}));
		const root = document.documentElement;
		// At the very end of the page the last sections may never reach the line: the last one
		// in view is the reader's.
		const atEnd = root.scrollTop > 0 && root.scrollTop + root.clientHeight >= root.scrollHeight - 1;
		const id = sectionAtTop(tops, atEnd ? root.clientHeight : viewTop() + slack);
		// Above the first heading: the page's title, the list's first link.
		const entry = this.#entries.find((entry) => entry.id === id) ?? this.#entries[0];
		if (entry) this.mark(entry.link);
	};
}

/**
 * The phone's "On this page": the same list in a disclosure under the header, which shows the
 * current section's name, and closes when a link is followed, on a click outside, or on Escape.
 */
export class MobilePageToc extends PageToc {
	protected override mark(link: HTMLAnchorElement) {
		super.mark(link);
		const display = this.querySelector(`.${names.tocCurrent}`);
		if (display) display.textContent = link.textContent;
	}

	override connectedCallback() {
		super.connectedCallback();
		const details = this.querySelector('details');
		if (!details) return;
		const close = () => (details.open = false);
		for (const link of details.querySelectorAll('a')) link.addEventListener('click', close);
		addEventListener('click', (event) => {
			if (!details.contains(event.target as Node)) close();
		});
		addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || !details.open) return;
			const hadFocus = details.contains(document.activeElement);
			close();
			if (hadFocus) details.querySelector('summary')?.focus();
		});
	}
}
