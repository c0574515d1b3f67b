import { counterparts } from './passage-counterpart';
import { quoteHtml, quoteMarkdown } from './passage-quote';

// Runs in the browser, loaded when a reader first copies a quote (links/passage-controls.ts
// imports it `?on-demand`, src/on-demand.ts): a page that is only read never fetches it, and its
// bytes are not in the page's script. It must import nothing the page's scripts import, or that
// would become a file of its own, fetched at load.

/** What a quote is of, read when Copy quote is pressed: the selection may change after. */
export interface Chosen {
	/** The passages the selection touches, in the page's order (at least one). */
	passages: HTMLElement[];
	/** The selected text, as the selection gives it. */
	words: string;
	/** The node that holds all of the selection. */
	within: Node;
}

/** The other language's page, once asked for: kept for the page's lifetime. */
let translation: ((id: string) => Promise<HTMLElement | null | void>) | undefined;

/**
 * What Copy quote copies of `chosen`: what to say then (copied, or copied without its translation),
 * the quote as Markdown and as HTML. Each language's texts, the reader's first: a compare row's
 * cells, or the page's text and the same passage of the other language's page, fetched at the
 * first quote. Reads the page's `data-config` (components/PassageLinks.astro) on `controls`.
 * `markdownUrl` is links/section-links.ts's `markdownLinkUrl`, handed over by the page's script,
 * which has it: imported here, it would be a file of its own at page load.
 * @example
 * await quoteOf(controls, { passages: [li], words: 'Run it', within: li }, markdownLinkUrl)
 * // => ['Quote copied', '> Run it\n>\n> 运行\n\n— Ops › Setup (https://…)', '<blockquote>…']
 */
export async function quoteOf(
	controls: HTMLElement,
	chosen: Chosen,
	markdownUrl: (url: string) => string
): Promise<string[]> {
	const config = JSON.parse(controls.dataset.config!);
	const [, skip, path, there, cell, sources, address] = config;
	const [, done, , partial, alone] = config.slice(7);
	const here = document.documentElement.lang;
	const { passages, within } = chosen;
	const words = chosen.words.replace(/\s+/g, ' ').trim();
	translation ??= counterparts(path);

	/** What a reader reads of an element: its text, without the marks and nested passages. */
	const text = (element: HTMLElement) => {
		let said = element.innerText;
		for (const part of element.querySelectorAll<HTMLElement>(skip))
			said = said.replace(part.innerText, '');
		return said.replace(/\t/g, ' | ').trim();
	};
	/** A passage of the other page's text, read as this page's: a copy, shown for the moment. */
	const shown = (element: Node) => {
		const copy = controls.appendChild(element.cloneNode(true)) as HTMLElement;
		const said = text(copy);
		copy.remove();
		return said;
	};
	const bare = (said: string) => said.replace(/[\s|]/g, '');

	const texts: Record<string, string[]> = { [here]: [] };
	let note = '';
	let said = done;
	for (const passage of passages) {
		const cells = [...passage.querySelectorAll<HTMLElement>(`:scope > ${cell}`)];
		for (const side of cells[0] ? cells : [passage]) {
			let own = text(side);
			// Part of one passage: the selection, and its translation whole, said so.
			if (!passages[1] && side.contains(within) && !bare(words).includes(bare(own))) {
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
	const { id } = passages[0]!;
	const source = sources[id.split('.')[0]!];
	const url = `${address}#${id}`;
	return [
		said,
		quoteMarkdown(texts, source, markdownUrl(url), note),
		quoteHtml(texts, source, url, note),
	];
}
