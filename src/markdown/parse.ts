import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { Recent } from './recent';
import { sanitize } from './sanitize';

// Sources are CommonMark + GFM and nothing else: no directives, no `{#id}` syntax, no smart
// quotes: text that looks like either stays text. Sätteri (Astro's own Markdown engine) parses to the same mdast as remark-parse
// with remark-gfm, about ten times faster; tests/unit/parse.test.ts holds it to remark's trees
// over every text of the real skills. Nothing reads a text's positions, so none are recorded.
const options = {
	features: { gfm: true, smartPunctuation: false, frontmatter: false },
	position: false,
} as const;

/**
 * Parses Markdown (CommonMark + GFM) into mdast as written: not sanitized, not cached.
 * @example
 * parseGfm('- [x] done').children[0].type // => 'list'
 */
export function parseGfm(markdown: string): Root {
	return markdownToMdast(markdown, options) as Root;
}

// A text is parsed when its source is checked and again when the views are made from it, often in
// the same pass over a skill; the most recent trees are kept so that the second time is a lookup.
// 2,000 holds a long skill's texts in both languages (the longest real one has 368 pairs). More
// only keeps trees alive across a build: at 600 skills, 20,000 raised the build's peak memory by
// about 140 MB (2,067 against 1,920–1,930 MB) and its time with it, as V8 marked them again and again.
const recent = new Recent<string, Root>(2_000);

/**
 * Parses one text of a source (a heading, paragraph, list item or table) into an mdast tree,
 * with raw HTML and unsafe links made inert. The tree is shared between callers: read it, build
 * new nodes around it, never change it.
 * @example
 * parseText('Use `kubectl` <b>now</b>')
 * // => root > paragraph > [text 'Use ', inlineCode 'kubectl', text ' ', text '<b>', text 'now', text '</b>']
 */
export function parseText(markdown: string): Root {
	return recent.get(markdown, (text) => sanitize(parseGfm(text)));
}
