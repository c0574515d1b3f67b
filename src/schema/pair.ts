import { z } from 'astro/zod';
import { parseText } from '../markdown/parse';
import { shapeProblem, type TextShape } from '../markdown/shape';
import { rule } from './rule';
import { languageKeys, languages, perLanguage } from '../i18n/languages';

/**
 * A Markdown text that must parse to one paragraph (`inline`) or one GFM table (`table`).
 * @example
 * markdownText('inline').parse('Use `kubectl` *carefully*') // ok
 * markdownText('inline').parse('# Heading') // issue: is a heading …
 */
export function markdownText(shape: TextShape) {
	return z
		.string()
		.trim()
		.superRefine((value, ctx) => {
			if (value.trim() === '') {
				ctx.addIssue({
					code: 'custom',
					message: 'is empty',
					params: { hint: 'Write the text, or remove the whole pair if it is not needed.' },
				});
				return;
			}
			const problem = shapeProblem(parseText(value), shape);
			if (problem)
				ctx.addIssue({ code: 'custom', message: problem.message, params: { hint: problem.hint } });
		});
}

/** A line of plain text, such as a title: not empty and on one line. */
export const plainText = z
	.string()
	.trim()
	.superRefine(rule((value) => value !== '', 'is empty', 'Write the text.'))
	.superRefine(
		rule(
			(value) => !value.includes('\n'),
			'runs over several lines',
			'Keep titles and descriptions on one line.'
		)
	);

/** Title or description: plain text in every language, no fallback. */
export const plainPair = z.strictObject(perLanguage(() => plainText));

/**
 * The aligned pair, the unit of every source: one text in English and the same text in Chinese.
 * A pair may lack one language only when it says so with `untranslated: <key>`; the page of that
 * language then shows the other text, marked as such, so nothing is dropped and nothing is guessed.
 * @example
 * pairOf('inline').parse({ en: 'Purpose', zh: '定位' })
 * pairOf('inline').parse({ en: 'Pending', untranslated: 'zh' })
 */
export function pairOf(shape: TextShape) {
	const text = markdownText(shape);
	return z
		.strictObject({
			...perLanguage(() => text.optional()),
			untranslated: z.enum(languageKeys).optional(),
		})
		.superRefine((pair, ctx) => {
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
		});
}

/** A line break and the spaces around it, as Markdown reads them inside a paragraph: one space. */
const lineBreak = /\\?[ \t]*\r?\n[ \t]*/g;

/**
 * A section heading: an inline pair on one line, as a heading is. A heading written over several
 * lines (a wrapped SKILL.md heading, a YAML block) reads as Markdown reads a paragraph's line
 * breaks: each is a space. Its id, its labels and every view then see the one line.
 * @example
 * headingPair.parse({ en: 'Backend development\nguidelines', zh: '后端开发\n指南' })
 * // => { en: 'Backend development guidelines', zh: '后端开发 指南' }
 */
export const headingPair = pairOf('inline').transform((pair) => {
	const oneLine = { ...pair };
	for (const key of languageKeys) oneLine[key] = pair[key]?.replace(lineBreak, ' ');
	return oneLine;
});

/** An aligned pair as checked: a text per language, unless it says which one is missing. */
export type Pair = z.output<ReturnType<typeof pairOf>>;
