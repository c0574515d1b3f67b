import type { Nodes, PhrasingContent, Root } from 'mdast';

/**
 * Phrasing content as a heading can hold it: a heading is a link to its section already (in the
 * compare view) and carries its anchor, so a link inside it keeps only its text (and its title,
 * which the SKILL.md says too), and an image its alt text; and it is one line, so a line break is
 * a space. Everything else (code, emphasis, strong, strikethrough) stays.
 */
function inHeading(node: PhrasingContent): PhrasingContent[] {
	if (node.type === 'link' || node.type === 'linkReference') {
		const title = node.type === 'link' && node.title ? ` (${node.title})` : '';
		return [
			...node.children.flatMap(inHeading),
			...(title ? [{ type: 'text' as const, value: title }] : []),
		];
	}
	if (node.type === 'image' || node.type === 'imageReference')
		return node.alt ? [{ type: 'text', value: node.alt }] : [];
	if ('children' in node)
		return [{ ...node, children: node.children.flatMap(inHeading) } as PhrasingContent];
	// A heading written on two lines (a setext heading) is one line of a page's heading.
	if (node.type === 'break') return [{ type: 'text', value: ' ' }];
	if (node.type === 'text' && node.value.includes('\n'))
		return [{ ...node, value: node.value.replace(/[ \t]*\n[ \t]*/g, ' ') }];
	return [node];
}

/**
 * A heading's parsed text with its links turned into their text and its images into their alt
 * text. Returns a new tree: parsed texts are shared and never changed.
 * @example
 * headingTree(parseText('Read [the docs](https://x.org) ![logo](l.png)'))
 * // => root > paragraph > [text 'Read ', text 'the docs', text ' ', text 'logo']
 */
export function headingTree(tree: Root): Root {
	return {
		...tree,
		children: tree.children.map((block: Nodes) =>
			block.type === 'paragraph' ? { ...block, children: block.children.flatMap(inHeading) } : block
		) as Root['children'],
	};
}
