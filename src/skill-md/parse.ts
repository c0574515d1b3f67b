import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// GFM and nothing else: what Agent Skills collections write. Unlike the site's parseText, nothing
// is sanitized: a SKILL.md file is data to carry over, and raw HTML in it stays raw HTML.
const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Parses SKILL.md Markdown (CommonMark + GFM) into an mdast tree, as written.
 * @example
 * parseMarkdown('<Good>x</Good>').children[0].type // => 'html'
 */
export function parseMarkdown(markdown: string): Root {
	return parser.parse(markdown);
}
