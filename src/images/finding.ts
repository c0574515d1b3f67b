/** Something in an image file that the site does not publish, at its place in the file. */
export interface Finding {
	/** 1-based line and column in the file (columns count characters); none in a binary file. */
	line?: number | undefined;
	column?: number | undefined;
	/** What is there, in words: `the element \`<script>\``. */
	found: string;
	/** How to fix it. */
	hint: string;
}

/**
 * The 1-based line and column of a place in a text, given as an index into it. Lines end as XML
 * ends them, at `\n`, `\r\n` or `\r`, so that the place is the one an editor shows.
 * @example
 * placeAt('<svg>\r\n  <script/>', 9) // => { line: 2, column: 3 }
 */
export function placeAt(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index);
	const lines = before.split(/\r\n|\r|\n/);
	return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}
