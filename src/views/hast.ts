import type { ElementContent, Text } from 'hast';

// The views build hast and print it once (hast-util-to-html). Between blocks they put the line
// breaks remark's mdast-util-to-hast puts (its `wrap`), so that a skill page's HTML is laid out
// as Starlight's Markdown pages are, and stays byte for byte what the tests hold it to.

/**
 * Trusted HTML made by the site itself: a text's HTML (text-html.ts, from an inert tree) or
 * Shiki's coloured code, which escapes the code. Printed as it is (`allowDangerousHtml`).
 * @example
 * raw('<code dir="auto">ls</code>') // => { type: 'raw', value: '<code dir="auto">ls</code>' }
 */
export function raw(value: string): ElementContent {
	return { type: 'raw', value } as unknown as ElementContent;
}

/**
 * A text node.
 * @example
 * text(' ') // => { type: 'text', value: ' ' }
 */
export const text = (value: string): Text => ({ type: 'text', value });

const eol = () => text('\n');

/**
 * Blocks one after another, a line break between each (as the children of a page's root).
 * @example
 * lines([p1, p2]) // => [p1, '\n', p2]
 */
export function lines(nodes: ElementContent[]): ElementContent[] {
	return nodes.flatMap((node, index) => (index ? [eol(), node] : [node]));
}

/**
 * Blocks inside a block that holds them (a list, a quote): a line break before, between and
 * after them.
 * @example
 * wrapped([li1, li2]) // => ['\n', li1, '\n', li2, '\n']
 */
export function wrapped(nodes: ElementContent[]): ElementContent[] {
	return nodes.length ? [eol(), ...lines(nodes), eol()] : [eol()];
}

/**
 * A list item's content: its first paragraph, then its blocks. In a tight list the paragraph is
 * unwrapped (its phrasing straight in the `<li>`) and needs no line break before it; every other
 * block has one before it, and the last one after it.
 * @example
 * itemContent([p], false) // => [...p.children]
 * itemContent([p, ul], true) // => ['\n', p, '\n', ul, '\n']
 */
export function itemContent(blocks: ElementContent[], loose: boolean): ElementContent[] {
	const paragraph = (node: ElementContent | undefined) =>
		node?.type === 'element' && node.tagName === 'p';
	const content = blocks.flatMap((node, index) => {
		const before = loose || index !== 0 || !paragraph(node) ? [eol()] : [];
		return [
			...before,
			...(paragraph(node) && !loose && node.type === 'element' ? node.children : [node]),
		];
	});
	const tail = blocks.at(-1);
	return tail && (loose || !paragraph(tail)) ? [...content, eol()] : content;
}
