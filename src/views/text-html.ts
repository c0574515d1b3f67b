import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { blockHast, inlineHast } from './text-hast';
import type { ShownText } from '../model/shown';

// Every view of a skill shows its texts: the compare views both languages, each page one. A
// text's HTML is made once, by the first view that draws it (a compare view: they are generated
// first), and kept as long as the text itself, its skill's model: the pages and the second compare
// view read it instead of parsing and converting the text again. At 600 skills that is every
// text of the library: 97,000 texts, 6.7 MB of HTML.
const made = { inline: new WeakMap<ShownText, string>(), block: new WeakMap<ShownText, string>() };

/**
 * A text as HTML: inline (a heading, paragraph or list item, without its `<p>`) or as blocks (a
 * table); its inline code `dir="auto"`, as Starlight marks it on a page.
 * @example
 * textHtml(pair.en, false) // => 'Use <code dir="auto">kubectl</code> now'
 */
export function textHtml(shown: ShownText, block: boolean): string {
	const kept = made[block ? 'block' : 'inline'];
	let html = kept.get(shown);
	if (html === undefined) {
		const tree: Root = {
			type: 'root',
			children: block ? blockHast(shown.tree) : inlineHast(shown.tree),
		};
		// Blocks of code are not texts: every `code` here is inline.
		visit(tree, 'element', (node: Element) => {
			if (node.tagName === 'code') node.properties.dir = 'auto';
		});
		html = toHtml(tree);
		kept.set(shown, html);
	}
	return html;
}
