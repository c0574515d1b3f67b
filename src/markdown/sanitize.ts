import type { Nodes, Parents, Root } from 'mdast';
import { sanitizeUri } from 'micromark-util-sanitize-uri';
import { SKIP, visit } from 'unist-util-visit';

/** Link protocols a source may use; anything else (`javascript:`, `data:`, `vbscript:` …) is dropped. */
const safeProtocols = /^(https?|mailto|tel)$/i;

/**
 * Whether a URL is relative or uses a safe protocol.
 * @example
 * isSafeUrl('https://example.com') // => true
 * isSafeUrl('#capabilities') // => true
 * isSafeUrl('javascript:alert(1)') // => false
 */
export function isSafeUrl(url: string): boolean {
	return url.trim() === '' || sanitizeUri(url, safeProtocols) !== '';
}

/**
 * Makes source Markdown inert: raw HTML becomes visible text, and links, images and link
 * definitions with an unsafe URL lose the URL but keep their text. Sources are translated text,
 * not markup, so nothing in them may reach the page as HTML. Mutates and returns the tree.
 * @example
 * sanitize(parse('<script>x</script>')) // the paragraph's child is text '<script>x</script>'
 */
export function sanitize(tree: Root): Root {
	visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
		if (!parent || index === undefined) return;
		if (node.type === 'html') {
			// An HTML block (a text that starts with `<div`, `<script` …) becomes a paragraph of text.
			const text = { type: 'text', value: node.value } as const;
			parent.children[index] = (
				parent.type === 'root' ? { type: 'paragraph', children: [text] } : text
			) as never;
			return SKIP;
		}
		if (node.type === 'link' && !isSafeUrl(node.url)) {
			parent.children.splice(index, 1, ...(node.children as never[]));
			return [SKIP, index];
		}
		if (node.type === 'image' && !isSafeUrl(node.url)) {
			parent.children[index] = { type: 'text', value: node.alt ?? '' } as never;
			return SKIP;
		}
		if (node.type === 'definition' && !isSafeUrl(node.url)) {
			node.url = '';
		}
		return undefined;
	});
	return tree;
}
