import { copyLater } from './clipboard-later';
import { passageSection } from './passage-section';
import loadQuoting from './passage-quoting?on-demand';
import { markdownLinkUrl } from './section-links';

// The passage controls of a skill page or compare view (components/PassageLinks.astro), run by
// the copy-link script of section headings (SectionLinks.astro): in that script's file they cost
// no request of their own, and compress with it. Small on purpose (issue 21: at most 1 kB gzipped
// at load, tests/dist/page-js.test.ts): CSS places the buttons (passage-links.css); this moves
// them into the passage they are for and copies links; what a quote copies is made by its own
// chunk, loaded at the first quote (passage-quoting.ts). What it needs of the page is in the
// element's `data-config`.
const quoting = loadQuoting as () => Promise<typeof import('./passage-quoting')>;
const d = document;
const controls = d.querySelector<HTMLElement>('passage-links');
if (controls) start(controls);

function start(controls: HTMLElement) {
	const config = JSON.parse(controls.dataset.config!);
	// The rest is the quote's (passage-quoting.ts).
	const [passages, , , , , , address] = config;
	const [copied, , failed] = config.slice(7);
	const [link, quote] = controls.querySelectorAll('button');
	const status = controls.querySelector('p')!;
	const main = d.querySelector('main')!;
	let at: Element | null;
	let range: Range | undefined;

	// The link button goes to the passage under the pointer or the focus: into it, or before a
	// table or code, which cannot hold it. (Out of a passage, the controls' element hides them.)
	const near = ({ target }: Event) => {
		const passage = (target as Element).closest(passages);
		if (!passage || passage === at || target === link || target === quote) return;
		at = passage;
		if (passage.matches('table, pre, figure')) passage.before(link);
		else passage.prepend(link);
	};
	main.onpointerover = near;
	main.addEventListener('focusin', near);

	/** Copies the texts `made` gives after what it says, as `types`, and says it (or the failure). */
	const copy = async (made: Promise<string[]>, ...types: string[]) => {
		let said = failed;
		try {
			await copyLater(
				made.then((all) => all.slice(1)),
				types
			);
			said = (await made)[0]!;
		} catch {
			// Said already: not copied.
		}
		status.textContent = said;
	};
	const url = (id: string) => `${address}#${id}`;
	link.onclick = () => copy(Promise.resolve([copied, url(at!.id)]), 'text/plain');

	/** The passages a selection touches; a list item only if its own text is in it. */
	const chosen = () => {
		const start = range?.startContainer.parentElement?.closest(passages);
		return [...main.querySelectorAll<HTMLElement>(passages)].filter(
			(p) => range?.intersectsNode(p) && (p === start || !p.contains(start!))
		);
	};
	// The quote button shows while passages are selected, after the last one: the next stop of
	// Tab from the selection.
	d.onselectionchange = () => {
		// Tabbing to the button may move the selection: the quote is of the one it showed for.
		if (d.activeElement === quote) return;
		const selection = getSelection()!;
		range = selection.isCollapsed ? undefined : selection.getRangeAt(0);
		const last = chosen().at(-1);
		// What makes a quote is fetched with the first selection of a passage, for the click.
		if (last) quoting().catch(() => {});
		(last ?? controls).append(quote);
	};
	// Pressing it keeps the selection.
	quote.onmousedown = (event) => event.preventDefault();
	quote.onclick = () => {
		// What it quotes is read now: the selection may change while the quote is made.
		const picked = {
			passages: chosen(),
			words: range!.toString(),
			within: range!.commonAncestorContainer,
		};
		copy(
			quoting().then(({ quoteOf }) => quoteOf(controls, picked, markdownLinkUrl)),
			'text/plain',
			'text/html'
		);
	};

	// A link to a passage whose English changed lands on its section. A malformed address
	// (`decodeURI` throws on `%E0%A4%A`) names no passage either.
	(onhashchange = () => {
		const section = passageSection(location.hash);
		let found = null;
		try {
			found = d.getElementById(decodeURI(location.hash.slice(1)));
		} catch {}
		if (section && !found) location.replace(`#${section}`);
	})();
}
