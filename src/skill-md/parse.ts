import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

// GFM and nothing else: what Agent Skills collections write. Unlike the site's parseText, nothing
// is sanitized: a SKILL.md file is data to carry over, and raw HTML in it stays raw HTML. Parsed
// with Sätteri, the site's own parser (src/markdown/parse.ts), which gives remark-gfm's tree
// (tests/unit/parse.test.ts holds it to that over every real SKILL.md) about ten times faster:
// remark took most of an import's reading time. Positions are kept, as UTF-16 offsets (those of a
// JavaScript string) with lines and columns: reports cite lines, and texts are cut out by offset.
const options = {
	features: { gfm: true, smartPunctuation: false, frontmatter: false },
	position: true,
} as const;

/**
 * Parses SKILL.md Markdown (CommonMark + GFM) into an mdast tree, as written, with positions.
 * @example
 * parseMarkdown('<Good>x</Good>').children[0].type // => 'html'
 */
export function parseMarkdown(markdown: string): Root {
	return markdownToMdast(markdown, options) as Root;
}
