import type { Heading, Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, toMarkdown, type Handle } from 'mdast-util-to-markdown';

/** Heading ids travel as `data.id` and are written as `{#id}`, Sätteri's heading attributes. */
declare module 'mdast' {
	interface HeadingData {
		id?: string;
	}
}

const heading: Handle = (node: Heading, parent, state, info) => {
	const markdown = defaultHandlers.heading(node, parent, state, info);
	return node.data?.id ? `${markdown} {#${node.data.id}}` : markdown;
};

/**
 * Writes an mdast tree as Markdown for Astro's pipeline. Besides GFM, it escapes what the site's
 * pipeline would read as syntax but sources mean as text: `{#` (a heading id) and `:name`
 * (a directive, which Starlight turns into asides).
 * @example
 * serialize(root(heading(2, 'Purpose', { id: 'purpose' }))) // => '## Purpose {#purpose}\n'
 * serialize(root(paragraph('Note:this {#x}'))) // => 'Note\\:this \\{#x}\n'
 * serialize(root(heading(2, 'Sets {a}', { id: 'sets' }))) // => '## Sets \\{a} {#sets}\n'
 */
export function serialize(tree: Root): string {
	return toMarkdown(tree, {
		extensions: [gfmToMarkdown()],
		handlers: { heading },
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
