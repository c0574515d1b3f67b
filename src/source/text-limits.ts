import type { z } from 'astro/zod';
import { languageKeys, type LanguageKey } from '../i18n/languages';
import type { TextShape } from '../markdown/shape';
import {
	kilobytes,
	maxContainerDepth,
	maxHtmlBytes,
	maxHtmlMarks,
	maxInlineBytes,
	maxMarks,
	maxRawBytes,
	maxTableBytes,
	utf8Bytes,
} from './limits';
import { containerDepth, markCount } from './markdown-nesting';

/** What is wrong with a text, and how to fix it. */
export interface TextLimitProblem {
	message: string;
	hint: string;
}

/** The texts that are parsed as Markdown: to show them, or (HTML) to find where they end. */
type ParsedShape = TextShape | 'html';

const splitHint =
	'Split the table into several tables, or move reference data out of the page (link to it instead).';
const shapes: Record<ParsedShape, { bytes: number; marks: number; name: string; hint: string }> = {
	inline: {
		bytes: maxInlineBytes,
		marks: maxMarks,
		name: 'a heading, paragraph or list item',
		hint: 'Split it into several paragraphs or list items.',
	},
	table: { bytes: maxTableBytes, marks: maxMarks, name: 'a table', hint: splitHint },
	html: {
		bytes: maxHtmlBytes,
		marks: maxHtmlMarks,
		name: 'an HTML block',
		hint: 'Split it into several blocks, or move it to a file of the skill and link to it.',
	},
};

const marksHint =
	'Text nested this deep cannot be read safely. Write fewer marks, escape the ones that are ' +
	'not emphasis or links (`\\*`, `\\_`, `\\[`), or put code in a code span.';

/**
 * Whether a text is within what the Markdown parser and renderers handle, checked on its
 * characters before it is parsed: its size, how many emphasis and link marks it has (a table,
 * per row: its cells are parsed one by one), and how many quotes and lists it opens on a line.
 * @example
 * textLimitProblem('Use `kubectl` *carefully*', 'inline') // => undefined
 * textLimitProblem('**'.repeat(200) + 'a' + '**'.repeat(200), 'inline')
 * // => { message: 'has 800 emphasis and link marks (`*`, `_`, `~`, `[`); a text may have at most 256', hint }
 */
export function textLimitProblem(text: string, shape: ParsedShape): TextLimitProblem | undefined {
	const { bytes: limit, marks: most, name, hint } = shapes[shape];
	const bytes = utf8Bytes(text);
	if (bytes > limit)
		return { message: `is ${kilobytes(bytes)}; ${name} may be at most ${kilobytes(limit)}`, hint };
	const lines = text.split('\n');
	const deepest = lines.findIndex((line) => containerDepth(line) > maxContainerDepth);
	if (deepest !== -1)
		return {
			message: `opens ${containerDepth(lines[deepest]!)} quotes and lists inside each other on its line ${deepest + 1}; at most ${maxContainerDepth} can be read safely`,
			hint: 'Escape the leading markers with a backslash (`\\>`, `\\-`), or put the line in a code block.',
		};
	const marks =
		shape === 'table'
			? lines.reduce((found, line) => Math.max(found, markCount(line)), 0)
			: markCount(text);
	if (marks > most)
		return {
			message: `has ${marks} emphasis and link marks (\`*\`, \`_\`, \`~\`, \`[\`)${shape === 'table' ? ' in a row; a row of a table' : `; ${shape === 'html' ? name : 'a text'}`} may have at most ${most}`,
			hint: marksHint,
		};
	return undefined;
}

/**
 * Whether a code block is within the size the views colour line by line.
 * @example
 * rawLimitProblem('x = 1') // => undefined
 */
export function rawLimitProblem(code: string): TextLimitProblem | undefined {
	const bytes = utf8Bytes(code);
	if (bytes <= maxRawBytes) return undefined;
	return {
		message: `is ${kilobytes(bytes)}; a code block may be at most ${kilobytes(maxRawBytes)}`,
		hint: 'Split it into several blocks, or move it to a file of the skill and link to it.',
	};
}

/**
 * A check that a text is at most `limit` bytes in UTF-8, for `superRefine`.
 * @example
 * z.string().superRefine(withinBytes(1024, "a code block's `meta`", 'Shorten it.'))
 */
export function withinBytes(limit: number, name: string, hint: string) {
	return (value: string, ctx: z.RefinementCtx<string>) => {
		const bytes = utf8Bytes(value);
		if (bytes > limit)
			ctx.addIssue({
				code: 'custom',
				message: `is ${kilobytes(bytes)}; ${name} may be at most ${kilobytes(limit)}`,
				params: { hint },
			});
	};
}

/**
 * A check of a text shared by the languages or of each text of a pair, at its key, for the
 * `superRefine` of a union: checked inside one of its options, an issue would be lost in the
 * union's own “invalid input”.
 * @example
 * z.union([rawText, pairOf(rawText)]).superRefine(eachText(rawLimitProblem))
 */
export function eachText(check: (text: string) => TextLimitProblem | undefined) {
	return (value: string | Partial<Record<LanguageKey, string>>, ctx: z.RefinementCtx<unknown>) => {
		const texts: [string, PropertyKey[]][] =
			typeof value === 'string'
				? [[value, []]]
				: languageKeys.flatMap((key) => (value[key] === undefined ? [] : [[value[key], [key]]]));
		for (const [text, path] of texts) {
			const problem = check(text);
			if (problem)
				ctx.addIssue({
					code: 'custom',
					path,
					message: problem.message,
					params: { hint: problem.hint },
				});
		}
	};
}
