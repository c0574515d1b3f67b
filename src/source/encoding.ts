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

// Characters that hide text or its order from a reader while an agent reads them as written:
// Unicode tags (U+E0000–E007F, "ASCII smuggling": each spells an ASCII letter no font draws),
// except in the emoji flag sequences they exist for (🏴 + tags + U+E007F); the bidirectional
// embeddings, overrides, isolates and marks, which reorder what is drawn ("exe.jpg" drawn for
// `gpj.exe`); and runs of variation selectors, which carry bytes after a character.
const hidden =
	/\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}|([\u{E0000}-\u{E007F}]+|[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]+|[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]{2,})/gu;

const codePoint = (char: string) =>
	`U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `the invisible character U+202E`, or `12 invisible characters (U+E0049 …)` for a run. */
const invisibleRun = (run: string) => {
	const count = [...run].length;
	return count === 1
		? `the invisible character ${codePoint(run)}`
		: `${count} invisible characters (${codePoint(run)} …)`;
};

const hiddenKind = (char: string) =>
	/[\u{E0000}-\u{E007F}]/u.test(char)
		? 'Unicode tags, which no font draws but agents read as letters'
		: /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(char)
			? 'variation selectors in a row can carry text no reader sees'
			: 'bidirectional controls change the order text is drawn in';

/**
 * Every character of a source that is not text, each with its place: control characters, which
 * are invisible in an editor and reach the page as garbage, and characters that hide text from a
 * reader but not from an agent (tags, bidirectional controls, variation selector runs). They are
 * refused rather than shown escaped: a skill's text is read by people and agents alike, and
 * neither has a use for them.
 * @example
 * controlProblems('en: a\u0000b') // => [{ line: 1, column: 6, where: 'the file', message: 'has the control character U+0000, which is not text', hint }]
 * controlProblems('en: ok\u{E0041}') // => [{ line: 1, column: 7, …, message: 'has the invisible character U+E0041: Unicode tags, …' }]
 */
export function controlProblems(text: string): Problem[] {
	const controls = [...text.matchAll(control)].map((match) => ({
		at: match.index,
		message: `has the control character ${codePoint(match[0])}, which is not text`,
		hint: 'Delete it (it is invisible in most editors; it often comes from copying out of a PDF or a terminal). Tabs and line breaks are fine.',
	}));
	const invisible = [...text.matchAll(hidden)]
		.filter((match) => match[1] !== undefined)
		.map((match) => ({
			at: match.index,
			message: `has ${invisibleRun(match[1]!)}: ${hiddenKind(match[1]!)}`,
			hint: 'Delete it: what a skill says must be what its readers see. (In most editors, move across the place with the arrow keys: the cursor stops on it.)',
		}));
	return [...controls, ...invisible]
		.sort((a, b) => a.at - b.at)
		.slice(0, 20)
		.map(({ at, message, hint }) => ({
			...positionAfter(text.slice(0, at)),
			where: 'the file',
			message,
			hint,
		}));
}
