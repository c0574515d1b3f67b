import type { Root } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';

/**
 * The URL of the first image that is not a file in the skill's folder, if any. Only such files
 * are published with the site: an image from another origin makes every reader's browser fetch
 * it (a tracker; mixed content over `http:`), and the site promises to load nothing from elsewhere.
 * @example
 * remoteImage(parseText('![x](https://tracker.example/p.png)')) // => 'https://tracker.example/p.png'
 * remoteImage(parseText('![Flow](images/flow.png)')) // => undefined
 */
export function remoteImage(tree: Root): string | undefined {
	let found: string | undefined;
	visit(tree, 'image', (node) => {
		const url = node.url.trim();
		const local =
			url !== '' &&
			!/^[a-z][a-z0-9+.-]*:/i.test(url) &&
			!/^[/\\]/.test(url) &&
			!url.split(/[/\\]/).includes('..');
		if (local) return undefined;
		found = url;
		return EXIT;
	});
	return found;
}
