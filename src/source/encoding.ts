import type { Problem } from './problems';

/** The 1-based line and column of the end of `before`, the text that precedes a place. */
function positionAfter(before: string): { line: number; column: number } {
	const lines = before.split('\n');
	return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

const replacement = '\uFFFD';
const encoded = new TextEncoder();

/**
 * A source's bytes as text, or the place of the first byte that is not UTF-8 (a file saved as
 * Latin-1 or GBK would otherwise be published with `�` where its accents or characters were).
 * @example
 * decodeSource(new TextEncoder().encode('en: Café')) // => { text: 'en: Café' }
 * decodeSource(Uint8Array.of(0x61, 0xe9)) // => { problem: { line: 1, column: 2, where: 'the file', message: 'is not UTF-8 …', hint } }
 */
export function decodeSource(
	bytes: Uint8Array
): { text: string; problem?: undefined } | { text?: undefined; problem: Problem } {
	const text = new TextDecoder('utf-8').decode(bytes);
	for (let at = text.indexOf(replacement); at !== -1; at = text.indexOf(replacement, at + 1)) {
		// A `�` the file itself holds is fine; one the decoder put in place of bad bytes is not.
		const offset = encoded.encode(text.slice(0, at)).length;
		if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) {
			continue;
		}
		return {
			problem: {
				...positionAfter(text.slice(0, at)),
				where: 'the file',
				message: `is not UTF-8: byte 0x${bytes[offset]!.toString(16).toUpperCase()} is not a character in UTF-8`,
				hint: 'Save the file as UTF-8 (in most editors: “Save with encoding” › UTF-8), then check the text at that place.',
			},
		};
	}
	return { text };
}

// C0 controls but tab, line feed and carriage return; DEL; C1 controls. None is text, and some
// (NUL) are not allowed in HTML at all.
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/**
 * Every control character in a source, each with its place: they are invisible in an editor and
 * reach the page as garbage.
 * @example
 * controlProblems('en: a\u0000b') // => [{ line: 1, column: 6, where: 'the file', message: 'has the control character U+0000', hint }]
 */
export function controlProblems(text: string): Problem[] {
	return [...text.matchAll(control)].slice(0, 20).map((match) => ({
		...positionAfter(text.slice(0, match.index)),
		where: 'the file',
		message: `has the control character U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, which is not text`,
		hint: 'Delete it (it is invisible in most editors; it often comes from copying out of a PDF or a terminal). Tabs and line breaks are fine.',
	}));
}
