import { CST, Parser, type LineCounter, type YAMLError } from 'yaml';
import type { Problem } from './problems';

const quoteHint =
	'Texts that start with `` ` ``, `"`, `*`, `&`, `!`, `[` or `{`, or contain `: ` or ` #`, need ' +
	'quotes: `en: "…"` (or single quotes when the text has double ones).';
const indentHint =
	'Keys of one mapping start at the same column: line this key up with the key above it ' +
	'(`zh:` under `en:`), using spaces, not tabs.';

/** Where a quoted text that is never closed starts: the error itself points past its end. */
function openingQuote(text: string, end: number): number | undefined {
	let start: number | undefined;
	for (const token of new Parser().parse(text)) {
		if (token.type !== 'document') continue;
		CST.visit(token, (item) => {
			for (const node of [item.key, item.value]) {
				if (node && 'offset' in node && /quoted-scalar$/.test(node.type) && node.offset <= end)
					start = node.offset;
			}
		});
	}
	return start;
}

/** The offset of the next line after `offset` that is not blank. */
function nextLine(text: string, offset: number): number {
	const match = /\n[ \t]*\S/g;
	match.lastIndex = offset;
	const found = match.exec(text);
	return found ? found.index + 1 : offset;
}

/**
 * A YAML syntax error as a problem a translator can fix: at the line that is wrong (YAML names the
 * end of the file for an unclosed quote, and the line above for a key indented too far), in
 * words rather than the YAML specification's terms.
 * @example
 * yamlProblem(error, text, lineCounter) // => { line: 3, column: 7, where: 'YAML', message: 'has a quote `"` that is never closed', hint }
 */
export function yamlProblem(error: YAMLError, text: string, lines: LineCounter): Problem {
	const at = (offset: number) => {
		const { line, col } = lines.linePos(offset);
		return { line, column: col, where: 'YAML' };
	};
	switch (error.code) {
		case 'MISSING_CHAR': {
			const quote = error.message.includes("'") ? "'" : '"';
			if (!error.message.includes('quote')) break;
			return {
				...at(openingQuote(text, error.pos[0]) ?? error.pos[0]),
				message: `has a quote \`${quote}\` that is never closed`,
				hint: `Close the quote at the end of the text. ${quote === '"' ? 'A `"` inside the text is written `\\"`.' : "A `'` inside the text is written `''`."}`,
			};
		}
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return {
				...at(nextLine(text, error.pos[0])),
				message: 'is indented further than the key above it, so it is read as part of that text',
				hint: indentHint,
			};
		case 'BAD_INDENT':
			return {
				...at(error.pos[0]),
				message: 'is not lined up with the keys above it',
				hint: indentHint,
			};
		case 'DUPLICATE_KEY':
			return {
				...at(error.pos[0]),
				message: 'repeats a key of the same mapping',
				hint: 'Each key appears once per mapping: remove one, or check the indentation.',
			};
		case 'MULTIPLE_DOCS':
			return {
				...at(error.pos[0]),
				message: 'starts a second YAML document (`---`)',
				hint: 'A skill source is one document: remove the `---` line, and what follows if it is not part of the skill.',
			};
		case 'TAB_AS_INDENT':
			return { ...at(error.pos[0]), message: 'is indented with a tab', hint: indentHint };
	}
	const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	return {
		...at(error.pos[0]),
		message: `cannot be read: ${message}`,
		hint: `Fix the YAML at that line. ${quoteHint}`,
	};
}
