import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { imageFindings } from '../../src/images/image-content';
import { cssReferences } from '../../src/images/svg-css';
import { svgFindings } from '../../src/images/svg-check';

const images = new URL('../fixtures/images/', import.meta.url);
const svg = 'xmlns="http://www.w3.org/2000/svg"';
const script = `<svg ${svg}><script>alert(1)</script></svg>`;
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

/** Each finding as `line:column what`, to compare in one line. */
const found = (bytes: Uint8Array) =>
	svgFindings(bytes).map(({ line, column, found }) => `${line}:${column} ${found}`);

describe('SVGs as drawing tools export them are published', () => {
	const exported = readdirSync(images).filter((file) => file.endsWith('.svg'));

	test('there is one of each tool', () => {
		expect(exported).toEqual(
			['drawio', 'excalidraw', 'figma', 'illustrator', 'inkscape', 'mermaid', 'use-and-cdata'].map(
				(tool) => `${tool}.svg`
			)
		);
	});

	test.each(exported)('%s', (file) => {
		expect(found(readFileSync(new URL(file, images)))).toEqual([]);
	});

	test('the fixture site’s flow.svg, with a UTF-8 byte order mark too', () => {
		const flow = readFileSync(
			new URL('../skills/files-and-links/images/flow.svg', images)
		);
		expect(found(flow)).toEqual([]);
		expect(found(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), flow]))).toEqual([]);
	});
});

// The eleven SVGs that ran script on the site's origin in issue 18, as a browser reads them.
describe('the SVGs of issue 18 are refused', () => {
	test.each([
		[
			'UTF-16 with a BOM',
			Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(script)]),
			'1:1 a UTF-16 byte order mark',
		],
		['UTF-16 without a BOM', utf16(script), '1:2 a NUL byte'],
		[
			'UTF-16 big-endian',
			Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(script).swap16()]),
			'1:1 a UTF-16 byte order mark',
		],
		['UTF-32', Buffer.from([0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0]), '1:1 a UTF-32 byte order mark'],
		[
			'ISO-2022-JP',
			Buffer.concat([
				utf8(`<?xml version="1.0" encoding="ISO-2022-JP"?><svg ${svg}><desc>`),
				Buffer.from([0x1b, 0x28, 0x4a]),
				utf8('</desc></svg>'),
			]),
			'1:1 the declaration `encoding="ISO-2022-JP"`',
		],
		[
			'a DTD entity holding <script>',
			utf8(`<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><svg ${svg}>&x;</svg>`),
			'1:1 the DOCTYPE',
		],
		[
			'a DTD entity holding a javascript: href',
			utf8(`<!DOCTYPE svg [<!ENTITY u "javascript:alert(1)">]>\n<svg ${svg}><a href="&u;"/></svg>`),
			'1:1 the DOCTYPE',
		],
		[
			'<desc><plaintext/>',
			utf8(`<svg ${svg}><desc><plaintext/></desc><script>alert(1)</script></svg>`),
			'1:47 the element `<plaintext>`',
		],
		[
			'<desc><xmp/>',
			utf8(`<svg ${svg}><desc><xmp/></desc><script>alert(1)</script></svg>`),
			'1:47 the element `<xmp>`',
		],
		[
			'<p/><style> breakout',
			utf8(`<svg ${svg}><p/><style>&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;</style></svg>`),
			'1:41 the element `<p>`',
		],
		[
			'a prefixed root with <title>',
			utf8(
				`<s:svg xmlns:s="http://www.w3.org/2000/svg"><title><script>alert(1)</script></title></s:svg>`
			),
			'1:45 the element `<title>` in no namespace',
		],
		[
			'XSLT through <?xml-stylesheet?>',
			utf8(`<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="#x"?><svg ${svg}/>`),
			'2:1 the processing instruction `<?xml-stylesheet …?>`',
		],
		[
			'XSLT from a data: URL',
			utf8(`<?xml-stylesheet type="text/xsl" href="data:text/xml,x"?><svg ${svg}/>`),
			'1:1 the processing instruction `<?xml-stylesheet …?>`',
		],
	])('%s', (_, bytes, first) => {
		expect(found(bytes)[0]).toMatch(new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	});
});

describe('an SVG that is not a drawing, or that reaches outside its file, is refused', () => {
	test.each([
		[
			'an XHTML login form',
			`<html xmlns="http://www.w3.org/1999/xhtml"><body><form action="https://evil.example/"><input type="password"/></form></body></html>`,
			['1:1 the root element `<html>` in the namespace `http://www.w3.org/1999/xhtml`'],
		],
		[
			'a redirect through a link',
			`<svg ${svg}><a href="https://evil.example/"><rect/></a></svg>`,
			['1:44 the link `href="https://evil.example/"` to another file or address'],
		],
		[
			'a redirect through XHTML',
			`<svg ${svg} xmlns:h="http://www.w3.org/1999/xhtml"><h:meta http-equiv="refresh" content="0;url=https://evil.example/"/></svg>`,
			['1:80 the element `<h:meta>` in the XHTML namespace'],
		],
		[
			'an image from elsewhere',
			`<svg ${svg}><image href="https://tracker.example/p.png"/></svg>`,
			['1:48 the link `href="https://tracker.example/p.png"` to another file or address'],
		],
		[
			'another file’s symbol',
			`<svg ${svg}><use href="other.svg#a"/></svg>`,
			['1:46 the link `href="other.svg#a"` to another file or address'],
		],
		[
			'a javascript: link, hidden by a tab',
			`<svg ${svg} xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href=" java&#9;script:alert(1)"/></svg>`,
			['1:87 the link `xlink:href=" java\tscript:alert(1)"` to another file or address'],
		],
		[
			'an event handler',
			`<svg ${svg}>\n  <rect onLoad="alert(1)"/></svg>`,
			['2:9 the event handler `onLoad`'],
		],
		[
			'a script in the SVG namespace by a prefix',
			`<svg ${svg}><s:script xmlns:s="http://www.w3.org/2000/svg">1</s:script></svg>`,
			['1:41 the element `<s:script>`'],
		],
		[
			'HTML in <foreignObject>',
			`<svg ${svg}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>`,
			['1:41 the element `<foreignObject>`', '1:56 the element `<div>` in the XHTML namespace'],
		],
		[
			'<set> of a handler',
			`<svg ${svg}><set attributeName="onmouseover" to="alert(1)"/></svg>`,
			['1:41 the element `<set>`'],
		],
		[
			'an animation of a link',
			`<svg ${svg}><animateTransform attributeName="href" values="javascript:alert(1)"/></svg>`,
			[
				'1:41 an `<animateTransform>` that sets `href`',
				'1:80 the address `javascript:alert(1)` in `values`',
			],
		],
		[
			'xml:base',
			`<svg ${svg} xml:base="https://x.example/"/>`,
			['1:41 the attribute `xml:base` (in the namespace `http://www.w3.org/XML/1998/namespace`)'],
		],
		[
			'RDF outside <metadata>',
			`<svg ${svg} xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:RDF/></svg>`,
			['1:97 the metadata element `<rdf:RDF>` outside `<metadata>`'],
		],
		[
			'Inkscape’s element inside a shape',
			`<svg ${svg} xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"><g><inkscape:page/></g></svg>`,
			["1:105 the editor's element `<inkscape:page>` inside `<g>`"],
		],
		[
			'a SYSTEM DOCTYPE',
			`<!DOCTYPE svg SYSTEM "https://evil.example/x.dtd"><svg ${svg}/>`,
			['1:1 the DOCTYPE `<!DOCTYPE svg SYSTEM "https://evil.example/x.dtd">`'],
		],
		[
			'an entity the W3C DOCTYPE does not define',
			`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg ${svg}>&nbsp;</svg>`,
			['1:145 XML that is not well-formed (undefined entity)'],
		],
		['XML 1.1', `<?xml version="1.1"?><svg ${svg}/>`, ['1:1 XML version 1.1']],
		[
			'XML that is not well-formed',
			`<svg ${svg}><rect></svg>`,
			['1:53 XML that is not well-formed (unexpected close tag)'],
		],
		[
			'an empty file',
			'',
			['1:1 XML that is not well-formed (document must contain a root element)'],
		],
	])('%s', (_, text, expected) => {
		expect(found(utf8(text))).toEqual(expected);
	});

	test('CSS that loads anything, in <style> or in attributes, each at its place', () => {
		const text = `<svg ${svg}>\n<style>@import url(https://x.example/y.css);\n.a { fill: u\\72l(https://x.example/f.svg#a) }</style>\n<rect style="fill:url('http://x.example/y#z')" filter="url(#ok)" fill="url(#g)"/></svg>`;
		expect(found(utf8(text))).toEqual([
			'2:8 `@import` in `<style>`',
			'2:16 `url(https://x.example/y.css)` in `<style>`',
			'3:12 `url(https://x.example/f.svg#a)` in `<style>`',
			"4:7 `url('http://x.example/y#z')` in `style`",
		]);
	});

	test('a font embedded as data: is refused, with a fix', () => {
		const text = `<svg ${svg}><style>@font-face{font-family:V;src:url(data:font/woff2;base64,AA)}</style></svg>`;
		expect(svgFindings(utf8(text))).toEqual([
			expect.objectContaining({
				found: '`url(data:font/woff2;base64,AA)` in `<style>`',
				hint: expect.stringContaining('convert text to paths'),
			}),
		]);
	});
});

describe('CSS is read as a browser reads it', () => {
	test.each([
		['.a { fill: url(#g) } .b { fill: url( "#h" ) } .c { transform: rotate(4deg) }', []],
		['@IMP\\6fRT "x.css";', ['`@import`']],
		['a { fill: u\\72l(https://x/) }', ['`url(https://x/)`']],
		['a { fill: url("https://x/") }', ['`url("https://x/")`']],
		['a { b: image-set("a.png" 1x) }', ['the image function `image-set()`']],
		['a { b: "java\tscript:x" }', ['the address `java\tscript:x`']],
		['a { fill: url(/* c */"#y") }', ['a malformed `url(/* c */"#y")`']],
	])('%j', (css, expected) => {
		expect(cssReferences(css).map(({ found }) => found)).toEqual(expected);
	});
});

describe('image files are what their names say', () => {
	const png = readFileSync(new URL('../skills/files-and-links/diagram.png', images));

	test.each([
		['diagram.png', png, []],
		['diagram.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), []],
		['diagram.gif', utf8('GIF89a\x01\x00'), []],
		['diagram.webp', utf8('RIFF\x00\x00\x00\x00WEBPVP8 '), []],
		[
			'diagram.avif',
			Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), utf8('ftypmif1\0\0\0\0mif1avifmiaf')]),
			[],
		],
		[
			'page.png',
			utf8('<html><script>alert(1)</script></html>'),
			['not a PNG image: its bytes are not those of any image format'],
		],
		['drawing.png', utf8(script), ['not a PNG image: its bytes are not those of any image format']],
		['photo.jpg', png, ['a PNG image under a name that says JPEG']],
		[
			'photo.avif',
			Buffer.concat([Buffer.from([0, 0, 0, 0x14]), utf8('ftypisom\0\0\0\0isom')]),
			['not an AVIF image: its bytes are not those of any image format'],
		],
		['flow.svg', png, ['a PNG image under a name that says SVG']],
	])('%s', (file, bytes, expected) => {
		expect(imageFindings(file, bytes).map(({ found }) => found)).toEqual(expected);
	});
});
