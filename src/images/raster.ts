/** The image formats a browser draws in `<img>` besides SVG, by what their files start with. */
const formats: { name: string; extensions: string[]; is: (bytes: Uint8Array) => boolean }[] = [
	{
		name: 'PNG',
		extensions: ['png'],
		is: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	},
	{
		name: 'JPEG',
		extensions: ['jpg', 'jpeg'],
		is: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
	},
	{ name: 'GIF', extensions: ['gif'], is: (bytes) => /^GIF8[79]a/.test(ascii(bytes, 0, 6)) },
	{
		name: 'WebP',
		extensions: ['webp'],
		is: (bytes) => ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP',
	},
	// An ISO media file (`ftyp` box) whose major or compatible brands name AVIF.
	{
		name: 'AVIF',
		extensions: ['avif'],
		is: (bytes) => {
			if (bytes.length < 12 || ascii(bytes, 4, 8) !== 'ftyp') return false;
			const end = Math.min(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0), bytes.length);
			const brands = [ascii(bytes, 8, 12)];
			for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
			return brands.some((brand) => brand === 'avif' || brand === 'avis');
		},
	},
];

const a = (name: string) => `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
const startsWith = (bytes: Uint8Array, signature: number[]) =>
	signature.every((byte, index) => bytes[index] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
	String.fromCharCode(...bytes.subarray(from, to));

/**
 * The image format a file's bytes are (their signature, as browsers and `file` tell formats
 * apart), or `undefined` when they are none of PNG, JPEG, GIF, WebP and AVIF.
 * @example
 * rasterFormat(pngBytes) // => 'PNG'
 * rasterFormat(new TextEncoder().encode('<html>')) // => undefined
 */
export function rasterFormat(bytes: Uint8Array): string | undefined {
	return formats.find((format) => format.is(bytes))?.name;
}

/**
 * What is wrong with a raster image file's bytes for its name, if anything: the site serves a
 * file as the type its name says, so a `.png` must be a PNG; HTML or SVG under an image's name
 * could be opened as a document by a browser or a host that looks at the bytes.
 * @example
 * rasterProblem('diagram.png', pngBytes) // => undefined
 * rasterProblem('diagram.png', new TextEncoder().encode('<svg …')) // => { found: 'not a PNG image …', hint }
 */
export function rasterProblem(
	file: string,
	bytes: Uint8Array
): { found: string; hint: string } | undefined {
	const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
	const expected = formats.find((format) => format.extensions.includes(extension));
	if (!expected || expected.is(bytes)) return undefined;
	const actual = rasterFormat(bytes);
	return actual
		? {
				found: `${a(actual)} image under a name that says ${expected.name}`,
				hint: `Rename it to end in .${formats.find((format) => format.name === actual)!.extensions[0]} (and its path in the text), or save it as ${expected.name}.`,
			}
		: {
				found: `not ${a(expected.name)} image: its bytes are not those of any image format`,
				hint: `Save the image as ${expected.name} again: the site publishes under an image's name only that image (no HTML, SVG or text).`,
			};
}
