import { z } from 'astro/zod';
import { parseGfm, parseText } from '../markdown/parse';
import { shapeProblem, type TextShape } from '../markdown/shape';
import { maxInlineBytes } from '../source/limits';
import { textLimitProblem, withinBytes } from '../source/text-limits';
import { imageProblem } from './image';
import { rule } from './rule';
import { drawsNothing, showsNothing } from './shows-nothing';
import { tableShapeProblem } from './table-shape';
import { languageKeys, languages, perLanguage, type LanguageKey } from '../i18n/languages';
import {
	fingerprintKey,
	fingerprintSchema,
	machineKey,
	reviewKey,
	translationKeys,
	type FingerprintKey,
	type ReviewKey,
} from './fingerprint';

/** The issue of a text that shows nothing, naming what it holds. */
const nothingShown = (invisible: string) => ({
	code: 'custom' as const,
	message: `shows nothing: it holds only ${invisible}`,
	params: {
		hint: 'Write the text, or remove the pair if it is not needed: these characters draw nothing, so a reader would see a blank.',
	},
});

/**
 * A Markdown text that must parse to one paragraph (`inline`) or one GFM table (`table`). With
 * `empty`, it may be empty: a list item can be (`- ` alone, or an item that starts with a nested
 * list or code).
 * @example
 * markdownText('inline').parse('Use `kubectl` *carefully*') // ok
 * markdownText('inline').parse('# Heading') // issue: is a heading …
 */
export function markdownText(shape: TextShape, { empty = false }: { empty?: boolean } = {}) {
	return z
		.string()
		.trim()
		.superRefine((value, ctx) => {
			if (value === '') {
				if (!empty)
					ctx.addIssue({
						code: 'custom',
						message: 'is empty',
						params: { hint: 'Write the text, or remove the whole pair if it is not needed.' },
					});
				return;
			}
			// Checked on its characters first: some texts would exhaust the parser (limits.ts).
			const limit = textLimitProblem(value, shape);
			if (limit) {
				ctx.addIssue({ code: 'custom', message: limit.message, params: { hint: limit.hint } });
				return;
			}
			// The wrong shape first (`#` alone is a heading), then a right one that shows nothing.
			const problem = shapeProblem(parseText(value), shape);
			if (problem)
				ctx.addIssue({ code: 'custom', message: problem.message, params: { hint: problem.hint } });
			// As written: the parsed text is sanitized, which drops an image with an unsafe address for
			// its alt text, and that image must be refused, not lost (only a text with `![` has one).
			const image = value.includes('![') && imageProblem(parseGfm(value));
			if (image)
				ctx.addIssue({ code: 'custom', message: image.message, params: { hint: image.hint } });
			// A text left blank by an image it may not show is refused for the image alone.
			const invisible = !problem && !image && showsNothing(value);
			if (invisible) ctx.addIssue(nothingShown(invisible));
		});
}

/** Plain text, such as a description: not empty, not Markdown. */
export const plainText = z
	.string()
	.trim()
	.superRefine(rule((value) => value !== '', 'is empty', 'Write the text.'))
	.superRefine((value, ctx) => {
		const invisible = drawsNothing(value);
		if (invisible) ctx.addIssue(nothingShown(invisible));
	})
	.superRefine(
		withinBytes(
			maxInlineBytes,
			'a title, description or category',
			'Shorten it: the description says in a sentence or two what the skill does and when to use it.'
		)
	);

/** A line of plain text, such as a title. */
export const plainLine = plainText.superRefine(
	rule((value) => !value.includes('\n'), 'runs over several lines', 'Keep titles on one line.')
);

/**
 * Text kept as written, such as code or an HTML block: indentation, blank lines and spaces are
 * part of it. Only the final line break is dropped, the one a YAML `|` block ends with, so that a
 * block written `code: |` is its lines; a code block that ends with a blank line ends with `\n`
 * (see {@link rawSource}). It may be empty (an empty code block).
 * @example
 * rawText.parse('  indented\n') // => '  indented'
 * rawText.parse('last line, then a blank one\n\n') // => 'last line, then a blank one\n'
 */
export const rawText = z.string().transform((text) => text.replace(/\n$/, ''));

/**
 * What a source writes for a raw text so that {@link rawText} reads it back as it is: a text that
 * ends with a line break gets one more, which YAML writes as a `|+` block.
 * @example
 * rawSource('ls\n') // => 'ls\n\n'
 * rawSource('ls') // => 'ls'
 */
export const rawSource = (text: string): string => (text.endsWith('\n') ? `${text}\n` : text);

/**
 * What a pair records of its translations' freshness: beside each translation, the fingerprint of
 * the original it was made from (`zhOf`); `machine: true` while they are unreviewed machine
 * translations; and the fingerprint of the pair a person reviewed when the checks flagged it
 * (`zhReviewed`). All are optional: a translation without a fingerprint is taken as current.
 */
const freshnessFields = {
	...(Object.fromEntries(
		translationKeys.flatMap((key) => [
			[fingerprintKey(key), fingerprintSchema.optional()],
			[reviewKey(key), fingerprintSchema.optional()],
		])
	) as Record<FingerprintKey | ReviewKey, z.ZodOptional<typeof fingerprintSchema>>),
	[machineKey]: z.boolean().optional(),
};

/**
 * The aligned pair, the unit of every source: one text in English and the same text in Chinese.
 * A pair may lack one language only when it says so with `untranslated: <key>`; the page of that
 * language then shows the other text, marked as such, so nothing is dropped and nothing is guessed.
 * With `extra`, the pair's mapping holds more keys (a list item's `checked` and `body`).
 * @example
 * pairOf(markdownText('inline')).parse({ en: 'Purpose', zh: '定位' })
 * pairOf(markdownText('inline')).parse({ en: 'Pending', untranslated: 'zh' })
 * pairOf(markdownText('inline')).parse({ en: 'Purpose', zh: '定位', zhOf: '1a2b3c4d', machine: true })
 */
export function pairOf<T extends z.ZodType<string, string>, E extends z.ZodRawShape = {}>(
	text: T,
	extra: E = {} as E
) {
	return (
		z
			.strictObject({
				...perLanguage(() => text.optional()),
				untranslated: z.enum(languageKeys).optional(),
				...freshnessFields,
				...extra,
			})
			.superRefine((pair, ctx) => checkPair(pair as PairFields, ctx as z.RefinementCtx<unknown>))
			// Where it is written, which the source reader adds once the whole skill is checked
			// (source/pair-locations.ts): a source cannot write `at` itself (the mapping is strict).
			.transform((pair) => pair as typeof pair & Located)
	);
}

/** A place in a source file, from 1. */
export interface SourcePoint {
	line: number;
	column: number;
}

/** Where a pair is written in its source: its mapping, and each of its texts. */
export interface SourceAt extends SourcePoint {
	texts: Partial<Record<LanguageKey, SourcePoint>>;
}

/** What a pair knows once read from its file: where it is written. */
export interface Located {
	at?: SourceAt | undefined;
}

/** What every pair holds, whatever its texts' kind (Markdown, code, plain text): a text per
 * language, which one it lacks, its translations' fingerprints, and where it is written. */
export type PairFields = Partial<Record<LanguageKey, string>> &
	Partial<Record<FingerprintKey | ReviewKey, string>> &
	Located & {
		untranslated?: LanguageKey | undefined;
		machine?: boolean | undefined;
	};

/** A pair has every language's text, or says which one it lacks. */
function checkPair(pair: PairFields, ctx: z.RefinementCtx<unknown>) {
	const missing = languageKeys.filter((key) => pair[key] === undefined);
	if (missing.length === languageKeys.length) {
		ctx.addIssue({
			code: 'custom',
			message: `has no text in any language (${languageKeys.map((key) => `\`${key}\``).join(', ')})`,
			params: { hint: 'Write both texts, or remove the pair.' },
		});
		return;
	}
	const [absent] = missing;
	if (absent && pair.untranslated !== absent) {
		ctx.addIssue({
			code: 'custom',
			path: [absent],
			message: `has no ${languages[absent].name} text (\`${absent}\`)`,
			params: {
				hint:
					`Add \`${absent}:\` with the ${languages[absent].name} text. If it is not translated yet, ` +
					`mark the pair \`untranslated: ${absent}\` to show the other text in its place.`,
			},
		});
	} else if (!absent && pair.untranslated) {
		ctx.addIssue({
			code: 'custom',
			path: ['untranslated'],
			message: `says \`untranslated: ${pair.untranslated}\` but has a ${languages[pair.untranslated].name} text`,
			params: { hint: 'Remove the `untranslated` line now that the text is translated.' },
		});
	}
	// Freshness is of a translation against its original: without both, there is none.
	const fields: (FingerprintKey | ReviewKey | typeof machineKey)[] = [
		...translationKeys.flatMap((key) => [fingerprintKey(key), reviewKey(key)]),
		machineKey,
	];
	const recorded = fields.find((field) => pair[field] !== undefined);
	if (absent && recorded) {
		ctx.addIssue({
			code: 'custom',
			path: [recorded],
			message: `records a translation, but the pair has no ${languages[absent].name} text`,
			params: { hint: `Remove \`${recorded}\` until the pair is translated.` },
		});
	}
}

/** The pair of inline Markdown texts: headings, paragraphs, list items. */
export const inlinePair = pairOf(markdownText('inline'));

/**
 * The pair of GFM tables, which must have the same rows and columns, so that they read side by
 * side.
 * @example
 * tablePair.parse({ en: '| a |\n| - |\n| 1 |', zh: '| 甲 |\n| - |\n| 1 |' }) // ok
 */
export const tablePair = pairOf(markdownText('table')).superRefine((pair, ctx) => {
	// A table over the limits was refused above, and is not parsed to compare it.
	if (languageKeys.some((key) => pair[key] !== undefined && textLimitProblem(pair[key], 'table')))
		return;
	const table = tableShapeProblem(pair);
	if (!table) return;
	ctx.addIssue({
		code: 'custom',
		path: [table.key],
		message: table.message,
		params: {
			hint: 'A table and its translation have the same rows and columns, so that they read side by side: add or remove rows or cells until they match.',
		},
	});
});

/** An aligned pair as checked: a text per language, unless it says which one is missing. */
export type Pair = z.output<typeof inlinePair>;
