import type { Nodes, Root, RootContent } from 'mdast';

/** Where a text's links and images go, decided by whoever knows the text's place. */
export interface UrlResolver {
	/** The address an image's URL is published at. */
	image: (url: string) => string;
	/** The address a link's URL leads to, or `undefined` to keep only the link's text. */
	link: (url: string) => string | undefined;
}

/** A node with its links and images resolved: new nodes wherever something changed. */
function resolveNode(node: RootContent, resolver: UrlResolver): RootContent[] {
	if (node.type === 'image') return [{ ...node, url: resolver.image(node.url) }];
	const children =
		'children' in node
			? (node.children as RootContent[]).flatMap((child) => resolveNode(child, resolver))
			: undefined;
	if (node.type === 'link') {
		const url = resolver.link(node.url);
		if (url === undefined) return children as RootContent[];
		return [{ ...node, url, children } as RootContent];
	}
	return children ? [{ ...node, children } as RootContent] : [node];
}

/**
 * A parsed text with every image's and link's URL replaced by what `resolver` says, and links it
 * has no address for turned into their text. Returns a new tree: parsed texts are shared
 * (markdown/parse.ts) and never changed.
 * @example
 * resolveUrls(parseText('See ![Flow](flow.png) and [notes](notes.md)'), {
 *   image: (url) => `/skill-files/x/${url}`,
 *   link: () => undefined,
 * }) // => root > paragraph > [text 'See ', image '/skill-files/x/flow.png', text ' and ', text 'notes']
 */
export function resolveUrls(tree: Root, resolver: UrlResolver): Root {
	return {
		...tree,
		children: tree.children.flatMap((child: Nodes) =>
			resolveNode(child as RootContent, resolver)
		) as Root['children'],
	};
}
