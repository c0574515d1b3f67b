import { SaxesParser, type SaxesTagNS } from 'saxes';
import { placeAt, type Finding } from './finding';
import { ns } from './svg-allowed';
import { svgText } from './svg-encoding';
import { cssReferences } from './svg-css';
import { attributeBreaks, cssHint, elementBreak, type RuleBreak } from './svg-rules';

/** Stops the parser at a mistake after which nothing it reads can be trusted. */
class Stop extends Error {}

/** The W3C's own DOCTYPEs of SVG 1.0 and 1.1, which draw.io and Illustrator write: no browser
 * loads their DTD, and without an internal subset (`[…]`) they define no entity, so the file can
 * use only XML's five (saxes refuses any other). Any other DOCTYPE is refused. */
const w3cDoctype =
	/^\s*svg\s+PUBLIC\s+"-\/\/W3C\/\/DTD SVG 1\.[01]( Basic| Tiny)?\/\/EN"\s+"http:\/\/www\.w3\.org\/(Graphics\/SVG\/1\.1\/DTD\/svg11(-basic|-tiny)?|TR\/2001\/REC-SVG-20010904\/DTD\/svg10)\.dtd"\s*$/;

/** Where each attribute of a start tag begins, by its name as written (XML attribute values are
 * always quoted and hold no `<`, so the tag's text reads unambiguously). */
function attributeOffsets(tag: string): Map<string, number> {
	const offsets = new Map<string, number>();
	for (const match of tag.matchAll(/\s([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g))
		offsets.set(match[1]!, match.index + 1);
	return offsets;
}

/**
 * Everything in an SVG file that the site does not publish, each at its line and column in the
 * file, in the order of the file. The file is read as a browser that opens its address reads it:
 * as XML (saxes, the strict, namespace-aware parser jsdom uses), in UTF-8 (svg-encoding.ts), and
 * it must be a drawing and nothing else: an `<svg>` root in the SVG namespace; no DOCTYPE (a DTD
 * can define entities that put markup anywhere); no processing instruction but the XML
 * declaration (`<?xml-stylesheet?>` can turn it into another document with XSLT); elements and
 * attributes on the allow-list (svg-allowed.ts); links and CSS that refer only to ids of the
 * file. A file that is not well-formed XML stops at its first mistake, as a browser does.
 * @example
 * svgFindings(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>')) // => []
 * svgFindings(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'))
 * // => [{ line: 1, column: 41, found: 'the element `<script>`', hint: 'Remove the `<script>` …' }]
 */
export function svgFindings(bytes: Uint8Array): Finding[] {
	const decoded = svgText(bytes);
	if (decoded.finding) return [decoded.finding];
	const { text } = decoded;
	const findings: Finding[] = [];
	const parser = new SaxesParser({ xmlns: true, position: true });
	const add = (index: number, { found, hint }: RuleBreak) =>
		findings.push({ ...placeAt(text, index), found, hint });
	const stop = (index: number, rule: RuleBreak) => {
		add(index, rule);
		throw new Stop();
	};
	const open: SaxesTagNS[] = [];
	let style: { start: number; css: string } | undefined;

	parser.on('xmldecl', ({ version, encoding }) => {
		if (version !== '1.0')
			add(0, { found: `XML version ${version}`, hint: 'Declare `version="1.0"`.' });
		if (encoding !== undefined && !/^utf-?8$/i.test(encoding))
			stop(0, {
				found: `the declaration \`encoding="${encoding}"\`: a browser would read the file as ${encoding}`,
				hint: 'Save the SVG as UTF-8, and declare `encoding="UTF-8"` (or leave the encoding out).',
			});
	});
	parser.on('doctype', (doctype) => {
		if (!w3cDoctype.test(doctype))
			stop(text.lastIndexOf('<!DOCTYPE', parser.position), {
				found: `the DOCTYPE \`<!DOCTYPE${doctype.slice(0, 60)}>\``,
				hint: 'Remove the `<!DOCTYPE …>`: an SVG needs none, and a DTD can define entities that put markup anywhere in the file.',
			});
	});
	parser.on('processinginstruction', ({ target }) =>
		add(text.lastIndexOf('<?', parser.position), {
			found: `the processing instruction \`<?${target} …?>\``,
			hint: 'Remove it: an instruction such as `<?xml-stylesheet?>` can make a browser turn the file into another document.',
		})
	);
	parser.on('opentag', (tag) => {
		const start = text.lastIndexOf('<', parser.position - 1);
		if (open.length === 0 && (tag.uri !== ns.svg || tag.local !== 'svg'))
			stop(start, {
				found: `the root element \`<${tag.name}>\`${tag.uri ? ` in the namespace \`${tag.uri}\`` : ''}`,
				hint: 'An SVG file’s root is `<svg xmlns="http://www.w3.org/2000/svg">`: export the drawing as SVG (this file is another kind of document).',
			});
		const element = elementBreak(tag, open);
		if (element) add(start, element);
		const offsets = attributeOffsets(text.slice(start, parser.position));
		for (const attribute of Object.values(tag.attributes))
			for (const rule of attributeBreaks(tag, attribute))
				add(start + (offsets.get(attribute.name) ?? 0), rule);
		open.push(tag);
		if (tag.uri === ns.svg && tag.local === 'style') style = { start, css: '' };
	});
	const onText = (chunk: string) => {
		if (style && open.at(-1)?.local === 'style') style.css += chunk;
	};
	parser.on('text', onText);
	parser.on('cdata', onText);
	parser.on('closetag', (tag) => {
		open.pop();
		if (!style || tag.local !== 'style' || tag.uri !== ns.svg) return;
		// The browser reads the style's text and CDATA as one: so does the check. A reference is
		// placed where its text is in the file (or at the `<style>`, when entities hide it).
		let from = style.start;
		for (const { offset, found } of cssReferences(style.css)) {
			const raw = style.css.slice(offset, offset + 8);
			const at = text.indexOf(raw, from);
			if (at !== -1) from = at + 1;
			add(at === -1 ? style.start : at, { found: `${found} in \`<style>\``, hint: cssHint });
		}
		style = undefined;
	});
	parser.on('error', (error) => {
		const message = error.message.replace(/^(.*?:)?\d+:\d+: /, '').replace(/\.$/, '');
		findings.push({
			line: parser.line,
			column: parser.column + 1,
			found: `XML that is not well-formed (${message})`,
			hint: 'Correct the XML at that place, or export the drawing again: a browser that opens the file reads it as XML and shows an error instead.',
		});
		throw new Stop();
	});
	try {
		parser.write(text).close();
	} catch (error) {
		if (!(error instanceof Stop)) throw error;
	}
	return findings;
}
