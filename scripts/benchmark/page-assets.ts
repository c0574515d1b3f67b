/**
 * What a built page asks the browser to fetch besides itself: the stylesheets, scripts and module
 * preloads in its HTML, read with a real HTML parser, and the imports in its module scripts.
 */
import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/**
 * The same-origin path a URL in a file at `from` points to, or nothing for another origin.
 * @example
 * localPath('../_astro/a.js', '/skills/x/') // => '/skills/_astro/a.js'
 * localPath('https://example.com/a.js', '/') // => undefined
 */
export function localPath(url: string, from: string): string | undefined {
	const origin = 'http://bench.invalid';
	const target = new URL(url, new URL(from, origin));
	return target.origin === origin ? decodeURIComponent(target.pathname) : undefined;
}

/**
 * How a module names another: statically (`import"./a.js"`, `import{x}from"./a.js"`,
 * `export{x}from…`), fetched with the module, or by `import("./a.js")`, fetched when that runs.
 * Built JavaScript is scanned as text: Vite writes these forms plainly, and a parser for it would
 * be one more dependency for the same answer. An `import()` of a computed name cannot be followed.
 */
const importPatterns = {
	static: /\b(?:import|from)\s*["']([^"']+)["']/g,
	dynamic: /\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g,
};

/**
 * The same-origin paths a module's code imports, of one kind, resolved against the module's path.
 * @example
 * moduleImports('import{a}from"./b.js";import("./c.js")', '/_astro/a.js', 'static') // => ['/_astro/b.js']
 * moduleImports('import{a}from"./b.js";import("./c.js")', '/_astro/a.js', 'dynamic') // => ['/_astro/c.js']
 */
export function moduleImports(
	code: string,
	from: string,
	kind: keyof typeof importPatterns
): string[] {
	const specifiers = [...code.matchAll(importPatterns[kind])].map((match) => match[1]!);
	return specifiers.flatMap((specifier) => localPath(specifier, from) ?? []);
}

/** An element's text content: the code of an inline script. */
function textOf(element: Element): string {
	return element.children
		.map((child) => (child.type === 'text' ? (child as Text).value : ''))
		.join('');
}

/**
 * The same-origin paths of the stylesheets, scripts and module preloads that the HTML of the page
 * at `from` loads, and of what its inline module scripts import statically, in document order.
 * @example
 * pageReferences('<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="b.js"></script>', '/x/')
 * // => ['/_astro/a.css', '/x/b.js']
 */
export function pageReferences(html: string, from: string): string[] {
	const tree = fromHtml(html);
	const selector = 'link[rel~=stylesheet][href], link[rel~=modulepreload][href], script';
	const urls = selectAll(selector, tree).flatMap((element) => {
		const { href, src, type } = element.properties;
		if (element.tagName === 'link') return [String(href)];
		if (src !== undefined) return [String(src)];
		return type === 'module' ? moduleImports(textOf(element), from, 'static') : [];
	});
	return urls.flatMap((url) => localPath(url, from) ?? []);
}
