import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * Writes an mdast tree as Markdown that Starlight's own pipeline reads back as the same text
 * (the benchmark's bare Starlight site is made of it; our pages are drawn from trees). Besides
 * GFM, it escapes what Starlight's Sätteri would read as syntax but sources mean as text: `{#`
 * and a heading's last `{…}` (heading attributes), and `:name` (a directive, made an aside).
 * @example
 * serialize(root(paragraph('Note:this {#x}'))) // => 'Note\\:this \\{#x}\n'
 * serialize(root(heading(2, 'Sets {a}'))) // => '## Sets \\{a}\n'
 */
export function serialize(tree: Root): string {
	return toMarkdown(tree, {
		extensions: [gfmToMarkdown()],
		unsafe: [
			{ character: '{', after: '#' },
			// A heading's last `{…}` would be read as its attributes.
			{ character: '{', inConstruct: 'headingAtx' },
			{ character: ':', after: '[:A-Za-z]' },
		],
		bullet: '-',
		listItemIndent: 'one',
		fences: true,
	});
}
