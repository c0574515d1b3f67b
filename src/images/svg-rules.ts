import type { SaxesAttributeNS, SaxesTagNS } from 'saxes';
import {
	animatedAttributes,
	dataAttribute,
	editorNamespaces,
	metadataNamespaces,
	ns,
	svgAttributes,
	svgElements,
	textAttributes,
	xlinkAttributes,
	xmlAttributes,
} from './svg-allowed';
import { cssReferences } from './svg-css';

/** What is wrong, in words, and its fix; `attribute` names the attribute it is in, if any. */
export interface RuleBreak {
	found: string;
	hint: string;
	attribute?: string;
}

const namespaceNames: Record<string, string> = {
	'': 'no namespace (the file does not say it is SVG: `xmlns="http://www.w3.org/2000/svg"`)',
	'http://www.w3.org/1999/xhtml': 'the XHTML namespace',
	'http://www.w3.org/1998/Math/MathML': 'the MathML namespace',
};
const inNamespace = (uri: string) => namespaceNames[uri] ?? `the namespace \`${uri}\``;

const drawingHint =
	'Keep to drawing elements (shapes, paths, text, gradients, filters, `<use>`, `<style>`), or export the drawing again as plain SVG (Inkscape: Save As › Plain SVG or Optimized SVG).';
const elementHints: Record<string, string> = {
	script:
		'Remove the `<script>`: an image on this site is a drawing, and a script would run on the site’s address when the image is opened by itself.',
	foreignobject:
		'`<foreignObject>` holds HTML, which could run script: export text as SVG text instead (Mermaid: `htmlLabels: false`; draw.io: turn off “Formatted Text” for its labels).',
	animate:
		'Remove `<animate>` and `<set>`: they can change any attribute, links and event handlers among them (`<animateTransform>` and `<animateMotion>` are allowed).',
};
elementHints.set = elementHints.animate!;

const linkHint =
	'Link only to ids in the same file (`href="#shape"`): put the image or shape into the SVG instead of referring to another file or address.';
/** The fix for CSS that refers outside the file, wherever the CSS is (svg-check.ts: `<style>`). */
export const cssHint =
	'Refer only to ids in the same file (`url(#gradient)`): the site publishes an image only with what it holds. Draw images, fonts and styles into the SVG (convert text to paths for a special font).';
// What browsers ignore in an address (spaces, control characters) does not hide its scheme.
// eslint-disable-next-line no-control-regex
const bare = (value: string) => value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
const address = /^(javascript:|vbscript:|data:|https?:|file:|ftp:|\/\/)/;

/**
 * What is wrong with an element where it is, if anything: an SVG element not on the allow-list
 * (svg-allowed.ts), an editor's element out of its place, an element of another language.
 * `parents` are the elements it is in, the root first.
 * @example
 * elementBreak(tag('script'), [svgRoot]) // => { found: 'the element `<script>`', hint: 'Remove the `<script>` …' }
 */
export function elementBreak(tag: SaxesTagNS, parents: SaxesTagNS[]): RuleBreak | undefined {
	const local = tag.local.toLowerCase();
	const parent = parents.at(-1);
	if (tag.uri === ns.svg) {
		if (!svgElements.has(local))
			return { found: `the element \`<${tag.name}>\``, hint: elementHints[local] ?? drawingHint };
		const animated = tag.attributes.attributeName?.value.toLowerCase();
		if (local.startsWith('animate') && animated && !animatedAttributes.has(animated))
			return {
				found: `an \`<${tag.name}>\` that sets \`${animated}\``,
				hint: 'Animate only transforms, colours and opacity: an animation that sets a link, a handler or a style could load or run something.',
			};
		return undefined;
	}
	if (editorNamespaces.has(tag.uri)) {
		const placed =
			parent &&
			(editorNamespaces.has(parent.uri) ||
				(parent.uri === ns.svg && (parents.length === 1 || parent.local === 'defs')));
		return placed
			? undefined
			: {
					found: `the editor's element \`<${tag.name}>\` inside \`<${parent?.name}>\``,
					hint: 'Editors write their settings at the top of the drawing or in `<defs>`: remove it, or save the drawing again (Inkscape: Save As › Plain SVG).',
				};
	}
	if (metadataNamespaces.has(tag.uri))
		return parents.some((element) => element.uri === ns.svg && element.local === 'metadata')
			? undefined
			: {
					found: `the metadata element \`<${tag.name}>\` outside \`<metadata>\``,
					hint: 'Put RDF metadata (author, license) inside `<metadata>`, or remove it.',
				};
	return { found: `the element \`<${tag.name}>\` in ${inNamespace(tag.uri)}`, hint: drawingHint };
}

/**
 * What is wrong with an attribute of an element the file may hold: an event handler, an attribute
 * not on the allow-list, a link to anything but an id of the file, a reference in its CSS.
 * Editors' elements and metadata are inert data: only handlers are looked for there.
 * @example
 * attributeBreaks(rect, { name: 'onload', … }) // => [{ found: 'the event handler `onload`', … }]
 * attributeBreaks(use, { name: 'href', value: '#a', … }) // => []
 */
export function attributeBreaks(tag: SaxesTagNS, attribute: SaxesAttributeNS): RuleBreak[] {
	const { uri, local, name, value } = attribute;
	const lower = local.toLowerCase();
	const at = (found: string, hint: string) => [{ found, hint, attribute: name }];
	if (uri === ns.xmlns || name === 'xmlns' || editorNamespaces.has(uri)) return [];
	if (uri === '' && lower.startsWith('on'))
		return at(
			`the event handler \`${name}\``,
			'Remove the event handler: an image on this site is a drawing, and a handler is script.'
		);
	if (tag.uri !== ns.svg) return [];
	const allowed =
		uri === ''
			? svgAttributes.has(lower) || dataAttribute.test(lower)
			: uri === ns.xlink
				? xlinkAttributes.has(local)
				: uri === ns.xml && xmlAttributes.has(local);
	if (!allowed)
		return at(
			`the attribute \`${name}\`${uri === '' ? '' : ` (in ${inNamespace(uri)})`}`,
			'Remove the attribute, or export the drawing again as plain SVG: the site publishes the attributes of drawings only.'
		);
	if (lower === 'href')
		return value.trim().startsWith('#')
			? []
			: at(`the link \`${name}="${value.slice(0, 60)}"\` to another file or address`, linkHint);
	if (textAttributes.has(lower) || dataAttribute.test(lower)) return [];
	if (address.test(bare(value)))
		return at(`the address \`${value.slice(0, 60)}\` in \`${name}\``, linkHint);
	if (lower !== 'style' && !value.includes('(')) return [];
	return cssReferences(value).map(({ found }) => ({
		found: `${found} in \`${name}\``,
		hint: cssHint,
		attribute: name,
	}));
}
