import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Elements through which an SVG document runs script or loads a document of its own. */
const activeElements = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler']);
/** Elements that set another element's attribute, which could be a handler or a link. */
const setters = new Set(['set', 'animate', 'animatemotion', 'animatetransform']);

const localName = (name: string) => name.toLowerCase().split(':').at(-1)!;
// What browsers ignore in a URL's scheme (spaces, control characters) does not hide `javascript:`.
const isScriptUrl = (value: string) =>
	// eslint-disable-next-line no-control-regex
	/^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''));

/**
 * What in an SVG file could run script when the file is opened by itself (a reader can open an
 * image's address; in `<img>`, where the site shows it, a browser runs none of it): a script
 * element, an event handler, a `javascript:` link, embedded documents. The file is parsed, as
 * browsers parse SVG inside HTML, and its elements and attributes are looked at; nothing is
 * removed, so a published image is the author's file.
 * @example
 * svgScript('<svg><script>alert(1)</script></svg>') // => 'a `<script>` element'
 * svgScript('<svg><rect onclick="x()"/></svg>') // => 'the event handler `onclick`'
 * svgScript('<svg><rect width="4" height="4"/></svg>') // => undefined
 */
export function svgScript(text: string): string | undefined {
	let found: string | undefined;
	visit(fromHtml(text, { fragment: true }), 'element', (node: Element) => {
		const name = localName(node.tagName);
		if (activeElements.has(name)) found ??= `a \`<${node.tagName}>\` element`;
		for (const [key, value] of Object.entries(node.properties)) {
			const attribute = localName(key);
			const values = (Array.isArray(value) ? value : [value]).map(String);
			if (attribute.startsWith('on')) found ??= `the event handler \`${attribute}\``;
			else if (values.some(isScriptUrl)) found ??= 'a `javascript:` link';
			else if (setters.has(name) && attribute === 'attributename')
				if (values.some((target) => /^(on|href$|.*:href$)/i.test(target.trim())))
					found ??= `a \`<${node.tagName}>\` that sets \`${values.join(' ')}\``;
		}
	});
	return found;
}
