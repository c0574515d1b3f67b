import type { Problem } from './problems';

// Every limit of the site, in one place. Each is set where a measured input made the build slow,
// crash or run out of memory, and well above what real skills use: the 40 real skills of
// tests/fixtures/real-skills and the seed (largest source 61 kB, 368 pairs, 122 blocks, 65
// sections; longest heading, paragraph or list item 601 bytes, table 1.5 kB, code block 4.5 kB;
// at most 12 emphasis or link marks in a text, quotes and lists 3 deep, YAML 14 levels deep,
// 348 table cells). tests/unit/limits.test.ts refuses an input just past each one, and builds
// the largest inputs each one lets through within 2 GB.

/**
 * The largest source the site builds: about twenty times its largest skill (27 kB). A 5 MB
 * source once took four minutes and 3 GB of memory to build, without a word; a limit says why.
 */
export const maxSourceBytes = 512 * 1024;

/**
 * A heading, paragraph or list item, and a title, description or category (13 times the longest
 * real one). Sätteri, the Markdown parser, copies a text once per character reference in it
 * (`&lt;`): 60,000 of them took 7 GB, 8 kB of them at most 50 MB.
 */
export const maxInlineBytes = 8 * 1024;

/** A GFM table, in one language (21 times the longest real one). */
export const maxTableBytes = 32 * 1024;

/** A code block, in one language: not Markdown, but coloured line by line (14 times). */
export const maxRawBytes = 64 * 1024;

/**
 * An HTML block, in one language (57 times the longest real one, 280 bytes). It is shown as
 * written, but parsed as Markdown to find that it is one block: after a blank line its text
 * would be Markdown, where character references and nesting cost what they do in a paragraph.
 */
export const maxHtmlBytes = 16 * 1024;

/** A code block's `meta`, the rest of its fence's line (`title="app.py"`). */
export const maxMetaBytes = 1024;

/**
 * Emphasis and link marks (`*`, `_`, `~`, `[`) in a text, or in a row of a table: each level of
 * nesting takes at least two, and the parser and the renderers go one call deeper for each level.
 * 2,000 levels overflowed the stack; 256 marks allow at most 128.
 */
export const maxMarks = 256;

/** Marks in an HTML block: its script or style may have many, which Markdown reads only after a
 * blank line ends the block. 1,024 allow at most 512 levels, a quarter of what overflowed. */
export const maxHtmlMarks = 1024;

/**
 * Quotes and list items inside each other on one line of Markdown (`> - > - …`): the parsers
 * recurse into each. 20,000 stopped the importer with a stack trace; real skills nest 3 deep.
 */
export const maxContainerDepth = 12;

/**
 * Lists and mappings inside each other in a source's YAML: real sources go 14 deep, and a
 * SKILL.md that nests 12 lists in a `######` section becomes 61. Past about 300, YAML and the
 * checks that walk the source recurse out of stack.
 */
export const maxYamlDepth = 64;

/** Pairs (headings, paragraphs, list items, tables) and blocks of a skill: 13 and 40 times the
 * real maximum. 27,000 list items took 17 s to draw. */
export const maxPairs = 5_000;
export const maxBlocks = 5_000;

/**
 * Table cells of a skill, both languages: rows times the header's columns, since a short row is
 * drawn with all of them. A 31 kB source of short rows under a 2,285-column header drew 52 MB of
 * HTML per page, in 39 s and 2.9 GB.
 */
export const maxTableCells = 50_000;

/**
 * A SKILL.md the importer reads: seven times the largest real one (35 kB), and half a source, so
 * that its source alone fits in one (YAML takes 1.3 to 1.7 times the Markdown). What it makes
 * with its translation is checked against {@link maxSourceBytes} before it is written.
 */
export const maxSkillMdBytes = 256 * 1024;

/**
 * The length of a text in UTF-8, as files measure it, without encoding it.
 * @example
 * utf8Bytes('能力') // => 6
 */
export function utf8Bytes(text: string): number {
	let bytes = text.length;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// A surrogate pair is 4 bytes in two code units; any other code unit from U+0800 is 3.
		if (code >= 0xd800 && code <= 0xdfff) bytes += 1;
		else if (code >= 0x800) bytes += 2;
		else if (code >= 0x80) bytes += 1;
	}
	return bytes;
}

/**
 * A size as a person reads it: whole kilobytes, or bytes below one.
 * @example
 * kilobytes(9_300) // => '9 kB'
 */
export const kilobytes = (bytes: number) =>
	bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} kB`;

/**
 * What is wrong with a source's size, if anything.
 * @example
 * sizeProblem(5_000_000) // => { line: 1, column: 1, where: 'the file', message: 'is 4883 kB; a skill source may be at most 512 kB', hint }
 * sizeProblem(27_000) // => undefined
 */
export function sizeProblem(bytes: number): Problem | undefined {
	if (bytes <= maxSourceBytes) return undefined;
	return {
		line: 1,
		column: 1,
		where: 'the file',
		message: `is ${kilobytes(bytes)}; a skill source may be at most ${kilobytes(maxSourceBytes)}`,
		hint: 'Split the skill into several skills, or move long reference material out of the page (link to it instead).',
	};
}
