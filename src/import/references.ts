import type { Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Replaces reference links and images (`[text][ref]` with `[ref]: url` elsewhere) by inline ones
 * and drops the definitions: a source holds each text on its own, so a text cannot lean on a
 * definition in another block. The page renders the same. Mutates and returns the tree.
 * @example
 * resolveReferences(parse('[a][x]\n\n[x]: https://a.example')) // one paragraph: [a](https://a.example)
 */
export function resolveReferences(tree: Root): Root {
	const definition = definitions(tree);
	visit(tree, (node, index, parent) => {
		if (!parent || index === undefined) return;
		if (node.type === 'definition') {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		if (node.type !== 'linkReference' && node.type !== 'imageReference') return;
		const target = definition(node.identifier);
		// An undefined reference is text in CommonMark already; it stays as written.
		if (!target) return;
		const { url, title } = target;
		parent.children[index] =
			node.type === 'linkReference'
				? { type: 'link', url, title, children: node.children, position: node.position }
				: { type: 'image', url, title, alt: node.alt, position: node.position };
	});
	return tree;
}
