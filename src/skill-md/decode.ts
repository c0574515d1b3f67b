/** A SKILL.md's bytes as text, and how they were read when that was not UTF-8. */
export interface DecodedFile {
	text: string;
	/** Said in the report when the bytes were not UTF-8: what they were read as, and why. */
	note?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// The WHATWG decoder of `latin1` is windows-1252: ISO-8859-1 with the typographic characters
// (“ ” – € …) that Windows editors put in 0x80–0x9F. Every byte is a character in it.
const windows1252 = new TextDecoder('windows-1252');
const utf16 = 'is UTF-16 (it starts with its byte order mark): read as such';

/** The line and column (1-based, in characters) of a byte that the valid UTF-8 before it ends at. */
function placeOf(bytes: Uint8Array, at: number): { line: number; column: number } {
	const before = utf8.decode(bytes.subarray(0, at)).split('\n');
	return { line: before.length, column: [...before.at(-1)!].length + 1 };
}

/** The range the second byte of a sequence must be in, after its first (Unicode's table 3-7). */
function secondRange(first: number): [number, number] {
	if (first === 0xe0) return [0xa0, 0xbf];
	if (first === 0xed) return [0x80, 0x9f]; // not a surrogate
	if (first === 0xf0) return [0x90, 0xbf];
	if (first === 0xf4) return [0x80, 0x8f]; // not past U+10FFFF
	return [0x80, 0xbf];
}

/** The first byte of the first sequence that is not UTF-8 (the decoder only says there is one). */
function firstInvalid(bytes: Uint8Array): number {
	for (let at = 0; at < bytes.length;) {
		const first = bytes[at]!;
		const length =
			first < 0x80
				? 1
				: first < 0xc2
					? 0
					: first < 0xe0
						? 2
						: first < 0xf0
							? 3
							: first < 0xf5
								? 4
								: 0;
		if (length === 0) return at;
		const [low, high] = secondRange(first);
		for (let next = 1; next < length; next++) {
			const byte = bytes[at + next];
			const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
			if (byte === undefined || byte < min || byte > max) return at;
		}
		at += length;
	}
	return bytes.length;
}

/**
 * Reads a SKILL.md as its author saved it. UTF-8 (with or without a byte order mark) is read as
 * is; UTF-16 with its mark ("Unicode" in Windows' Notepad) as UTF-16; any other bytes as
 * Windows-1252, the encoding of Windows editors in Western languages (Latin-1 with “smart
 * quotes”), with a note that says so and where the first byte that is not UTF-8 is, so that the
 * reader can check the text there. The site's own sources must be UTF-8: this is for input.
 * @example
 * decodeSkillMd(Uint8Array.of(0x43, 0x61, 0x66, 0xe9)) // => { text: 'Café', note: 'is not UTF-8 (byte 0xE9 at 1:4): read as Windows-1252 (Latin-1)' }
 * decodeSkillMd(new TextEncoder().encode('Café')) // => { text: 'Café' }
 */
export function decodeSkillMd(bytes: Uint8Array): DecodedFile {
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(bytes), note: utf16 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: new TextDecoder('utf-16be').decode(bytes), note: utf16 };
	try {
		// The decoder drops a UTF-8 byte order mark, which would otherwise hide the front matter.
		return { text: utf8.decode(bytes) };
	} catch {
		const at = firstInvalid(bytes);
		const { line, column } = placeOf(bytes, at);
		const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
		return {
			text: windows1252.decode(bytes),
			note: `is not UTF-8 (byte 0x${byte} at ${line}:${column}): read as Windows-1252 (Latin-1)`,
		};
	}
}
