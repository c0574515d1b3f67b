import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { EXIT, visit } from 'unist-util-visit';
import { parseText } from '../markdown/parse';

// Texts a reader would see as a blank, though they are not empty: the source refuses them
// (pair.ts), and the importer takes such a translation for none (import/align/pairing.ts).

/** A character that draws nothing, but for the format characters that draw a sign over the
 * digits after them (U+0600 ARABIC NUMBER SIGN, U+06DD END OF AYAH …). */
const blank = (char: string) =>
	/[\p{Cf}\p{DI}\u2800]/u.test(char) &&
	!/[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]/u.test(char);

/**
 * What a text holds if it is made only of characters that draw nothing (zero-width spaces and
 * joiners, soft hyphens, byte order marks: Unicode's format characters; the fillers and other
 * default-ignorable characters, such as U+3164, which count as letters; the blank Braille
 * pattern; between spaces), named by code point; or nothing if it shows something. Such a text
 * would stand beside its counterpart as a blank, though it is not empty.
 * @example
 * drawsNothing('\u200b') // => 'U+200B'
 * drawsNothing('\u00a0') // => 'white space'
 * drawsNothing('text') // => undefined
 */
export function drawsNothing(value: string): string | undefined {
	const chars = [...value];
	if (chars.length === 0 || !chars.every((char) => /\s/u.test(char) || blank(char)))
		return undefined;
	const invisible = [...new Set(chars.filter(blank))];
	if (invisible.length === 0) return 'white space';
	return invisible
		.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
		.join(', ');
}

/**
 * What a Markdown text holds if, as read, it shows nothing ({@link drawsNothing}): `&#8203;`,
 * `&nbsp;` or `**\u200b**` do not either, an image does.
 * @example
 * showsNothing('&#8203;') // => 'U+200B'
 * showsNothing('| |\n|---|\n| |') // => 'empty cells'
 * showsNothing('![](a.png)') // => undefined
 */
export function showsNothing(markdown: string): string | undefined {
	// A letter or digit outside an entity is shown, in a text with no link (whose address is not):
	// most texts are answered without parsing.
	const written = markdown.replace(/&#?\w+;/g, '').replace(/[\p{DI}\u2800]/gu, '');
	if (!written.includes('](') && /[\p{L}\p{N}]/u.test(written)) return undefined;
	const tree = parseText(markdown);
	if (hasImage(tree)) return undefined;
	const shown = toString(tree);
	if (shown !== '' || markdown.trim() === '') return drawsNothing(shown);
	// Written, but nothing of it is text: a table of empty cells, an empty link.
	return tree.children[0]?.type === 'table' ? 'empty cells' : 'Markdown that draws no text';
}

/** Whether a parsed text shows an image, which draws something without any text. */
const hasImage = (tree: Root): boolean => {
	let found = false;
	visit(tree, ['image', 'imageReference'], () => {
		found = true;
		return EXIT;
	});
	return found;
};
