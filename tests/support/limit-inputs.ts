// Sources and SKILL.md files at the edge of the limits of src/source/limits.ts, generated here
// rather than committed: the hostile ones just past a limit (or the size that once crashed the
// build), the worst accepted ones as large as every limit lets them be.

/** JSON is YAML: any text, quoted so that YAML reads it as written. */
const q = (text: string) => JSON.stringify(text);

/** A valid skill `limits` with these lines after its head (YAML at the top level). */
export const source = (rest: string) =>
	`name: limits\ntitle: { en: Limits, zh: 限制 }\ndescription: { en: At the limits., zh: 在极限处。 }\n${rest}`;

/** A source whose only block is this one, written as a YAML flow mapping. */
export const oneBlock = (block: string) => source(`body:\n  - ${block}\n`);

/** A paragraph pair with these texts (line 5, column 18 holds the English). */
export const paragraph = (en: string, zh = '甲') =>
	oneBlock(`paragraph: { en: ${q(en)}, zh: ${q(zh)} }`);

/** A table pair with the same text in both languages. */
export const table = (text: string) => oneBlock(`table: { en: ${q(text)}, zh: ${q(text)} }`);

/** A GFM table of `columns` columns and `rows` rows of one cell each, drawn with all of them. */
export const shortRows = (columns: number, rows: number) =>
	`|${'a|'.repeat(columns)}\n|${'-|'.repeat(columns)}\n${'|b\n'.repeat(rows)}`.trimEnd();

/** A block nested in `depth` quotes, as YAML flow collections. */
export const inQuotes = (depth: number, block: string) =>
	oneBlock(`quote: ${'[{ quote: '.repeat(depth - 1)}[${block}]${' }]'.repeat(depth - 1)}`);

/** `depth` levels of strong emphasis around a word: 4 marks a level. */
export const strong = (depth: number) => `${'**'.repeat(depth)}a${'**'.repeat(depth)}`;

/** A list of `count` items, each this pair of texts. */
export const list = (count: number, en: string, zh = '甲') =>
	source(`body:\n  - list:\n${`      - { en: ${q(en)}, zh: ${q(zh)} }\n`.repeat(count)}`);

/** A SKILL.md with this Markdown after its front matter and title (its line 8). */
export const skillMd = (markdown: string) =>
	`---\nname: limits\ndescription: At the limits.\n---\n\n# Limits\n\n${markdown}\n`;

/**
 * The largest inputs each limit lets through, as sources: what the build must draw within its
 * memory. Each is under 512 kB and passes every check.
 */
export const worstAccepted: Record<string, () => string> = {
	// Sätteri copies a text once per character reference: 7 tables of 32 kB of `&lt;` (one cell).
	'character references in tables': () =>
		source(
			`body:\n${`  - table: { en: ${q(`| a |\n| - |\n| ${'&lt;'.repeat(8_150)} |`)}, untranslated: zh }\n`.repeat(15)}`
		),
	// 30 paragraph pairs of 8 kB of references, both languages.
	'character references in paragraphs': () =>
		source(
			`body:\n${`  - paragraph: { en: ${q('&lt;'.repeat(2_040))}, zh: ${q('&gt;'.repeat(2_040))} }\n`.repeat(30)}`
		),
	// 50,000 cells from short rows under a wide header, both languages.
	'table cells': () => table(shortRows(500, 48)),
	// 900 list items, each 64 levels of emphasis deep (256 marks), at the bottom of 29 quotes
	// (YAML 63 deep).
	nesting: () =>
		inQuotes(29, `{ list: [${`{ en: ${q(strong(64))}, zh: ${q(strong(64))} }, `.repeat(900)}] }`),
	// 5,000 sections.
	sections: () =>
		source(
			`sections:\n${Array.from({ length: 5_000 }, (_, i) => `  - heading: { en: Section ${i}, zh: 第${i}节 }\n`).join('')}`
		),
	// 5,000 blocks: list items with a code block each.
	blocks: () =>
		source(
			`body:\n${'  - { list: [{ en: a, zh: 甲, body: [{ code: "x = 1\\nprint(x)", lang: python }] }] }\n'.repeat(2_500)}`
		),
	// Code, coloured line by line: 6 blocks of 64 kB of short lines.
	code: () =>
		source(`body:\n${`  - { code: ${q('x = 1\n'.repeat(10_900))}, lang: python }\n`.repeat(6)}`),
	// HTML blocks, drawn as text: 24 blocks of 16 kB of one-tag lines.
	html: () => source(`body:\n${`  - html: ${q('<a>\n'.repeat(4_090))}\n`.repeat(24)}`),
};
