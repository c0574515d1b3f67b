import type { Code, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withCodeInfo } from '../markdown/code-info';
import { highlightCode } from '../markdown/highlight';

/**
 * Puts each block of code of a page's tree in its place coloured, as HTML, through the cache the
 * compare view's code shares (markdown/highlight.ts). The tree is pageTree's own, made for this
 * page, so changing it touches no shared text.
 * @example
 * const tree = pageTree(skill, 'en', pageLabels('en'));
 * await colourCode(tree) // code 'npm test' => html '<pre class="astro-code …" dir="ltr">…'
 */
export async function colourCode(tree: Root): Promise<void> {
	const places: { node: Code; parent: Parent; index: number }[] = [];
	visit(tree, 'code', (node: Code, index, parent) => {
		if (parent && index !== undefined) places.push({ node, parent, index });
	});
	await Promise.all(
		places.map(async ({ node, parent, index }) => {
			const lang = node.lang ?? undefined;
			const meta = node.meta ?? undefined;
			const value = withCodeInfo(await highlightCode(node.value, lang, meta), meta);
			parent.children[index] = { type: 'html', value };
		})
	);
}
