import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { Recent } from '../markdown/recent';
import { blockHast, inlineHast } from '../markdown/to-hast';
import type { ShownText } from '../model/shown';

// A skill's two compare views (one per interface language) are drawn one after the other
// (pages/[...locale]/skills/[skill]/compare.astro) and show the same texts: the second takes each
// text's HTML from the first instead of parsing and converting it again. 4,000 holds the texts of
// the longest real skill in both languages, headings and marked originals included.
const recent = {
	inline: new Recent<ShownText, string>(4_000),
	block: new Recent<ShownText, string>(500),
};

/**
 * A text as the HTML of a cell's content: inline (a heading, paragraph or list item, without its
 * `<p>`) or as blocks (a table). The same as serializing `inlineHast` or `blockHast` in place.
 * @example
 * textHtml(pair.en, false) // => 'Use <code>kubectl</code> now'
 */
export function textHtml(shown: ShownText, block: boolean): string {
	return recent[block ? 'block' : 'inline'].get(shown, ({ tree }) =>
		toHtml({ type: 'root', children: block ? blockHast(tree) : inlineHast(tree) } as Root)
	);
}
