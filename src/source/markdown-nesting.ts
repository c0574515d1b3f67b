// How deep a Markdown text can nest, read from its characters alone: a text that nests too deep
// must be refused before it is parsed, since the parsers and renderers recurse once per level and
// a few thousand levels overflow the stack. Both counts are upper bounds, cheap and linear.

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * The marks of a text that can open a level of inline nesting: `*`, `~` and `[` anywhere, `_`
 * where it is not inside a word (`snake_case` cannot open emphasis), none escaped with `\`.
 * Emphasis, strikethrough and links each need one to open and one to close, so a text nests at
 * most half as deep as its count.
 * @example
 * markCount('**Use** [the docs](https://x.org) and `a_b`') // => 5
 * markCount('\\*not emphasis\\*') // => 0
 */
export function markCount(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '\\') i++;
		else if (char === '*' || char === '~' || char === '[') count++;
		else if (char === '_' && !(isWordChar(text[i - 1]) && isWordChar(text[i + 1]))) count++;
	}
	return count;
}

const marker = /(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/y;
// `- - -` and `* * *` are thematic breaks, not lists (after any `>`), however many marks they have.
const thematicBreak = /^[ \t>]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * How many quotes and list items a line of Markdown opens: each `>` and each list marker before
 * its text, and, on a line that has any, one more for each two columns of indentation before
 * them (a list nested by indentation, `    - c`). An upper bound: four columns of indentation
 * may be one level, not two.
 * @example
 * containerDepth('> - > quoted') // => 3
 * containerDepth('    - nested by indentation') // => 3
 * containerDepth('Plain text - with a dash') // => 0
 */
export function containerDepth(line: string): number {
	const onlyQuotes = thematicBreak.test(line);
	let depth = 0;
	let indent: number | undefined;
	let column = 0;
	let i = 0;
	for (;;) {
		for (; line[i] === ' ' || line[i] === '\t'; i++)
			column += line[i] === '\t' ? 4 - (column % 4) : 1;
		indent ??= column;
		if (line[i] === '>') {
			depth++;
			i++;
			column++;
			continue;
		}
		marker.lastIndex = i;
		const found = onlyQuotes ? null : marker.exec(line);
		if (!found) break;
		depth++;
		i += found[0].length;
		column += found[0].length;
	}
	return depth === 0 ? 0 : depth + Math.floor(indent / 2);
}

/**
 * A line's quotes and list markers, the column where its text starts, and that text.
 * @example
 * lineContainers('> - item') // => { quotes: 1, markers: 1, column: 4, text: 'item' }
 */
export function lineContainers(line: string) {
	let quotes = 0;
	let markers = 0;
	let i = 0;
	for (;;) {
		while (line[i] === ' ' || line[i] === '\t') i++;
		marker.lastIndex = i;
		if (line[i] === '>') {
			quotes++;
			i++;
		} else if (marker.test(line)) {
			markers++;
			i = marker.lastIndex;
		} else return { quotes, markers, column: i, text: line.slice(i) };
	}
}
