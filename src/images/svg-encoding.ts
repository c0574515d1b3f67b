import { decodeSource } from '../source/encoding';
import { placeAt, type Finding } from './finding';

/** Byte order marks that say a file is not UTF-8, longest first (UTF-32 LE starts as UTF-16 LE). */
const otherMarks: [string, number[]][] = [
	['UTF-32', [0x00, 0x00, 0xfe, 0xff]],
	['UTF-32', [0xff, 0xfe, 0x00, 0x00]],
	['UTF-16', [0xfe, 0xff]],
	['UTF-16', [0xff, 0xfe]],
];
const utf8Mark = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, mark: number[]) =>
	mark.every((byte, index) => bytes[index] === byte);

const saveAsUtf8 =
	'Save the SVG as UTF-8 (in most editors: Save As › Encoding: UTF-8), or convert it: `iconv -f UTF-16 -t UTF-8 old.svg > new.svg`.';

/**
 * The text of an SVG file, read as a browser that opens its address reads it, when that is
 * UTF-8: a browser takes a file's encoding from its byte order mark, then from its
 * `<?xml … encoding="…"?>`, and a check that read the bytes any other way would not see what the
 * browser sees (UTF-16 hides `<script>` from a UTF-8 reader). So the bytes must be UTF-8, with or
 * without its mark, with no NUL byte (UTF-16 and UTF-32 without a mark are full of them); the
 * declaration is checked with the XML (svg-check.ts).
 * @example
 * svgText(new TextEncoder().encode('<svg/>')) // => { text: '<svg/>' }
 * svgText(Uint8Array.of(0xff, 0xfe, 0x3c, 0x00)) // => { finding: { line: 1, column: 1, found: 'a UTF-16 byte order mark …', hint } }
 */
export function svgText(
	bytes: Uint8Array
): { text: string; finding?: undefined } | { text?: undefined; finding: Finding } {
	const mark = otherMarks.find(([, marker]) => startsWith(bytes, marker));
	if (mark)
		return {
			finding: {
				line: 1,
				column: 1,
				found: `a ${mark[0]} byte order mark: the file is ${mark[0]}, not UTF-8`,
				hint: saveAsUtf8,
			},
		};
	const body = startsWith(bytes, utf8Mark) ? bytes.subarray(utf8Mark.length) : bytes;
	const { text, problem } = decodeSource(body);
	if (problem)
		return {
			finding: {
				line: problem.line ?? 1,
				column: problem.column ?? 1,
				found: 'a byte that is not UTF-8',
				hint: saveAsUtf8,
			},
		};
	const nul = text.indexOf('\0');
	if (nul !== -1)
		return {
			finding: {
				...placeAt(text, nul),
				found: 'a NUL byte: the file is probably UTF-16 or UTF-32, not UTF-8',
				hint: saveAsUtf8,
			},
		};
	return { text };
}
