import { copyLater } from './clipboard-later';
import { counterparts } from './passage-counterpart';
import { passageSection, quoteHtml, quoteMarkdown } from './passage-quote';

// The passage controls of a skill page or compare view (components/PassageLinks.astro), run by
// the copy-link script of section headings (SectionLinks.astro): in that script's file they cost
// no request of their own, and compress with it (1.27 kB gzipped, over issue 21's 1 kB). Small on purpose: CSS
// places the buttons (passage-links.css); this moves them into the passage they are for, and
// writes what they copy. What it needs of the page is in the element's `data-config`.
const d = document;
const controls = d.querySelector<HTMLElement>('passage-links');
if (controls) start(controls);

function start(controls: HTMLElement) {
	const config = JSON.parse(controls.dataset.config!);
	const [passages, skip, path, there, cell, sources, address] = config;
	const [copied, done, failed, partial, alone] = config.slice(7);
	const [link, quote] = controls.querySelectorAll('button');
	const status = controls.querySelector('p')!;
	const main = d.querySelector('main')!;
	const here = d.documentElement.lang;
	const translation = counterparts(path);
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

	/** What a reader reads of an element: its text, without the marks and nested passages. */
	const text = (element: HTMLElement) => {
		let words = element.innerText;
		for (const part of element.querySelectorAll<HTMLElement>(skip))
			words = words.replace(part.innerText, '');
		return words.replace(/\t/g, ' | ').trim();
	};
	/** A passage of the other page's text, read as this page's: a copy, shown for the moment. */
	const shown = (element: Node) => {
		const copy = controls.appendChild(element.cloneNode(true)) as HTMLElement;
		const said = text(copy);
		copy.remove();
		return said;
	};
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
		(chosen().at(-1) ?? controls).append(quote);
	};
	// Pressing it keeps the selection.
	quote.onmousedown = (event) => event.preventDefault();
	quote.onclick = () => {
		// What it quotes is read now (the selection may change while a translation is fetched).
		const picked = chosen();
		const selected = range!;
		const words = selected.toString().replace(/\s+/g, ' ').trim();
		const bare = (said: string) => said.replace(/[\s|]/g, '');
		const made = async () => {
			// Each language's texts, the reader's first: a compare row's cells, or the page's text
			// and the same passage of the other language's page.
			const texts: Record<string, string[]> = { [here]: [] };
			let note = '';
			let said = done;
			for (const passage of picked) {
				const cells = [...passage.querySelectorAll<HTMLElement>(`:scope > ${cell}`)];
				for (const side of cells[0] ? cells : [passage]) {
					let own = text(side);
					// Part of one passage: the selection, and its translation whole, said so.
					if (
						!picked[1] &&
						side.contains(selected.commonAncestorContainer) &&
						!bare(words).includes(bare(own))
					) {
						own = words;
						note = partial;
					}
					(texts[side.lang || here] ??= []).push(own);
				}
				if (cells[0]) continue;
				const theirs = await translation(passage.id);
				const found = theirs && shown(theirs);
				if (!theirs) said = alone;
				// Not a text twice (code, or a text not translated yet).
				else if (found !== text(passage)) (texts[there] ??= []).push(found!);
			}
			// Without every translation, none (nor the note on it): never a text beside another's.
			if (said === alone) {
				delete texts[there];
				note = '';
			}
			const { id } = picked[0]!;
			const source = sources[id.split('.')[0]!];
			return [
				said,
				quoteMarkdown(texts, source, url(id), note),
				quoteHtml(texts, source, url(id), note),
			];
		};
		copy(made(), 'text/plain', 'text/html');
	};

	// A link to a passage whose English changed lands on its section. Last: a malformed address
	// (`decodeURI` throws) stops only this.
	(onhashchange = () => {
		const section = passageSection(location.hash);
		if (section && !d.getElementById(decodeURI(location.hash.slice(1))))
			location.replace(`#${section}`);
	})();
}
