// What an SVG the site publishes may hold: an allow-list, so that anything a browser could run or
// load and nobody thought of is refused rather than let through. The SVG elements and attributes
// are DOMPurify's (3.4.18: the lists `svg` and `svgFilters` of its tags module, `svg` and `xml` of
// its attrs module, and the `data-*` and `aria-*` attributes it keeps by default, `DATA_ATTR` and
// `ARIA_ATTR` of its regexp module: what it keeps of an SVG), with the changes below, each for a reason. DOMPurify
// also checks what it keeps (URLs; not CSS), as svg-rules.ts and svg-css.ts do here.

/** The namespaces an SVG file's elements and attributes may be in. */
export const ns = {
	svg: 'http://www.w3.org/2000/svg',
	xlink: 'http://www.w3.org/1999/xlink',
	xml: 'http://www.w3.org/XML/1998/namespace',
	xmlns: 'http://www.w3.org/2000/xmlns/',
	inkscape: 'http://www.inkscape.org/namespaces/inkscape',
	sodipodi: 'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
} as const;

/** Editors' own elements and attributes (Inkscape's page settings, its layers' names): no browser
 * knows their namespaces, so they are inert data. Allowed at the top of the drawing and in `defs`,
 * where Inkscape writes them. */
export const editorNamespaces = new Set<string>([ns.inkscape, ns.sodipodi]);

/** RDF metadata (author, license), as Inkscape and Illustrator write it: inert data, allowed
 * inside `<metadata>` only. Its addresses (`rdf:resource="http://creativecommons.org/…"`) are
 * names, never loaded. */
export const metadataNamespaces = new Set([
	'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	'http://purl.org/dc/elements/1.1/',
	'http://purl.org/dc/terms/',
	'http://creativecommons.org/ns#',
	'http://web.resource.org/cc/',
]);

/** SVG elements, by their lowercased local name. DOMPurify's `svg` and `svgFilters`, plus `use`
 * (DOMPurify drops it for references to other files; here every reference must be to an id in
 * the same file, so it draws only what the file already holds). */
export const svgElements = new Set([
	...['svg', 'a', 'altglyph', 'altglyphdef', 'altglyphitem', 'animatecolor', 'animatemotion'],
	...['animatetransform', 'circle', 'clippath', 'defs', 'desc', 'ellipse', 'filter', 'font', 'g'],
	...['glyph', 'glyphref', 'hkern', 'image', 'line', 'lineargradient', 'marker', 'mask'],
	...['metadata', 'mpath', 'path', 'pattern', 'polygon', 'polyline', 'radialgradient', 'rect'],
	...['stop', 'style', 'switch', 'symbol', 'text', 'textpath', 'title', 'tref', 'tspan', 'view'],
	...['vkern', 'feblend', 'fecolormatrix', 'fecomponenttransfer', 'fecomposite'],
	...['feconvolvematrix', 'fediffuselighting', 'fedisplacementmap', 'fedistantlight'],
	...['fedropshadow', 'feflood', 'fefunca', 'fefuncb', 'fefuncg', 'fefuncr', 'fegaussianblur'],
	...['feimage', 'femerge', 'femergenode', 'femorphology', 'feoffset', 'fepointlight'],
	...['fespecularlighting', 'fespotlight', 'fetile', 'feturbulence', 'use'],
]);

/** Attributes in no namespace, lowercased. DOMPurify's `svg` list, plus `role` (Mermaid's, for
 * screen readers), `baseprofile` and `enable-background` (Illustrator's), `content` (draw.io
 * keeps its diagram there, as text), and `from` and `to` (DOMPurify keeps `by` and `values`: an
 * animation may set only what `animatedAttributes` lists). No `on…` event handler is on it. */
export const svgAttributes = new Set([
	...['accent-height', 'accumulate', 'additive', 'alignment-baseline', 'amplitude', 'ascent'],
	...['attributename', 'attributetype', 'azimuth', 'basefrequency', 'baseline-shift', 'begin'],
	...['bias', 'by', 'class', 'clip', 'clippathunits', 'clip-path', 'clip-rule', 'color'],
	...['color-interpolation', 'color-interpolation-filters', 'color-profile', 'color-rendering'],
	...['cx', 'cy', 'd', 'dx', 'dy', 'diffuseconstant', 'direction', 'display', 'divisor'],
	...['dominant-baseline', 'dur', 'edgemode', 'elevation', 'end', 'exponent', 'fill'],
	...['fill-opacity', 'fill-rule', 'filter', 'filterunits', 'flood-color', 'flood-opacity'],
	...['font-family', 'font-size', 'font-size-adjust', 'font-stretch', 'font-style'],
	...['font-variant', 'font-weight', 'fx', 'fy', 'g1', 'g2', 'glyph-name', 'glyphref'],
	...['gradientunits', 'gradienttransform', 'height', 'href', 'id', 'image-rendering', 'in'],
	...['in2', 'intercept', 'k', 'k1', 'k2', 'k3', 'k4', 'kerning', 'keypoints', 'keysplines'],
	...['keytimes', 'lang', 'lengthadjust', 'letter-spacing', 'kernelmatrix', 'kernelunitlength'],
	...['lighting-color', 'local', 'marker-end', 'marker-mid', 'marker-start', 'markerheight'],
	...['markerunits', 'markerwidth', 'maskcontentunits', 'maskunits', 'max', 'mask', 'mask-type'],
	...['media', 'method', 'mode', 'min', 'name', 'numoctaves', 'offset', 'operator', 'opacity'],
	...['order', 'orient', 'orientation', 'origin', 'overflow', 'paint-order', 'path'],
	...['pathlength', 'patterncontentunits', 'patterntransform', 'patternunits', 'pointer-events'],
	...['points', 'preservealpha', 'preserveaspectratio', 'primitiveunits', 'r', 'rx', 'ry'],
	...['radius', 'refx', 'refy', 'repeatcount', 'repeatdur', 'restart', 'result', 'rotate'],
	...['scale', 'seed', 'shape-rendering', 'slope', 'specularconstant', 'specularexponent'],
	...['spreadmethod', 'startoffset', 'stddeviation', 'stitchtiles', 'stop-color'],
	...['stop-opacity', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap'],
	...['stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'stroke', 'stroke-width'],
	...['style', 'surfacescale', 'systemlanguage', 'tabindex', 'tablevalues', 'targetx'],
	...['targety', 'transform', 'transform-origin', 'text-anchor', 'text-decoration'],
	...['text-orientation', 'text-rendering', 'textlength', 'type', 'u1', 'u2', 'unicode'],
	...['values', 'vector-effect', 'viewbox', 'visibility', 'version', 'vert-adv-y'],
	...['vert-origin-x', 'vert-origin-y', 'width', 'word-spacing', 'wrap', 'writing-mode'],
	...['xchannelselector', 'ychannelselector', 'x', 'x1', 'x2', 'y', 'y1', 'y2', 'z'],
	...['zoomandpan', 'role', 'baseprofile', 'enable-background', 'content', 'from', 'to'],
]);

/** DOMPurify's default `data-*` and `aria-*` attributes (Mermaid and draw.io write both). */
export const dataAttribute = /^(data-[-\w.\u00B7-\uFFFF]+|aria-[-\w]+)$/;

/** Attributes in the XML and XLink namespaces, by local name (DOMPurify's `xml` list, and
 * `xml:lang`). */
export const xmlAttributes = new Set(['space', 'lang', 'id']);
export const xlinkAttributes = new Set(['href', 'title']);

/** Attributes whose value is text that no browser reads as CSS or as an address: not checked for
 * `url(…)` (draw.io's `content` holds the whole diagram, links and all). */
export const textAttributes = new Set(['content', 'id', 'class', 'lang', 'name', 'role']);

/** What an animation element may animate: never a link, a handler or a style. */
export const animatedAttributes = new Set([
	...['transform', 'gradienttransform', 'patterntransform', 'fill', 'stroke', 'stop-color'],
	...['flood-color', 'lighting-color', 'color', 'opacity', 'fill-opacity', 'stroke-opacity'],
]);
