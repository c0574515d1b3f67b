import { passageSection, quoteMarkdown } from './passage-quote';

// The passage controls of a skill page or compare view (components/PassageLinks.astro), run by
// the copy-link script of section headings (SectionLinks.astro): in that script's file they cost
// no request of their own, and compress with it (a 1 kB gzipped budget). Small on purpose: CSS
// places the buttons (passage-links.css); this moves them into the passage they are for, and
// writes what they copy. What it needs of the page is in the element's `data-config`.
const d = document;
const controls = d.querySelector<HTMLElement>('passage-links');
if (controls) start(controls);

function start(controls: HTMLElement) {
	const [passages, skip, other, there, cell, sources, address, copied, done, failed, partial] =
		JSON.parse(controls.dataset.config!);
	const [link, quote] = controls.querySelectorAll('button');
	const status = controls.querySelector('p')!;
	const main = d.querySelector('main')!;
	const here = d.documentElement.lang;
	const make = (tag: string, properties: object) => Object.assign(d.createElement(tag), properties);
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
	/** Copies each type's text (ClipboardItem takes strings), and says whether it could. */
	const copy = async (items: Record<string, string>, said: string) => {
		try {
			await navigator.clipboard.write([new ClipboardItem(items)]);
		} catch {
			said = failed;
		}
		status.textContent = said;
	};
	const url = (id: string) => `${address}#${id}`;
	link.onclick = () => copy({ 'text/plain': url(at!.id) }, copied);

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
		const picked = chosen();
		const words = range!.toString().replace(/\s+/g, ' ').trim();
		const bare = (said: string) => said.replace(/[\s|]/g, '');
		// Each language's texts, the reader's first: a compare row's cells, or the page's text and
		// the other language's, which the page holds.
		const texts: Record<string, string[]> = { [here]: [] };
		let note = '';
		for (const passage of picked) {
			const cells = [...passage.querySelectorAll<HTMLElement>(`:scope > ${cell}`)];
			for (const side of cells.length ? cells : [passage]) {
				let said = text(side);
				// Part of one passage: the selection, and its translation whole, said so.
				if (
					!picked[1] &&
					side.contains(range!.commonAncestorContainer) &&
					!bare(words).includes(bare(said))
				) {
					said = words;
					note = partial;
				}
				(texts[side.lang || here] ??= []).push(said);
			}
			const theirs = passage.getAttribute(other);
			if (theirs) (texts[there] ??= []).push(theirs);
		}
		const { id } = picked[0]!;
		const source = sources[id.split('.')[0]!];
		const quoted = make('blockquote', {});
		for (const lang in texts)
			for (const said of texts[lang]!) quoted.append(make('p', { lang, innerText: said }));
		const footer = make('p', {});
		footer.append('— ', make('a', { href: url(id), textContent: source }), ` ${note}`);
		copy(
			{
				'text/plain': quoteMarkdown(texts, source, url(id), note),
				'text/html': quoted.outerHTML + footer.outerHTML,
			},
			done
		);
	};

	// A link to a passage whose English changed lands on its section. Last: a malformed address
	// (`decodeURI` throws) stops only this.
	(onhashchange = () => {
		const section = passageSection(location.hash);
		if (section && !d.getElementById(decodeURI(location.hash.slice(1))))
			location.replace(`#${section}`);
	})();
}
