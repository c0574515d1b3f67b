import { z } from 'astro/zod';
import { parseText } from '../markdown/parse';
import { shapeProblem, type TextShape } from '../markdown/shape';
import { rule } from './rule';
import { languageKeys, languages, perLanguage } from '../i18n/languages';
import {
	fingerprintKey,
	fingerprintSchema,
	machineKey,
	translationKeys,
	type FingerprintKey,
} from './fingerprint';

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
 * What a pair records of its translations' freshness: beside each translation, the fingerprint of
 * the original it was made from (`zhOf`), and `machine: true` while they are unreviewed machine
 * translations. Both are optional: a translation without a fingerprint is taken as current.
 */
const freshnessFields = {
	...(Object.fromEntries(
		translationKeys.map((key) => [fingerprintKey(key), fingerprintSchema.optional()])
	) as Record<FingerprintKey, z.ZodOptional<typeof fingerprintSchema>>),
	[machineKey]: z.boolean().optional(),
};

/**
 * The aligned pair, the unit of every source: one text in English and the same text in Chinese.
 * A pair may lack one language only when it says so with `untranslated: <key>`; the page of that
 * language then shows the other text, marked as such, so nothing is dropped and nothing is guessed.
 * @example
 * pairOf('inline').parse({ en: 'Purpose', zh: '定位' })
 * pairOf('inline').parse({ en: 'Pending', untranslated: 'zh' })
 * pairOf('inline').parse({ en: 'Purpose', zh: '定位', zhOf: '1a2b3c4d', machine: true })
 */
export function pairOf(shape: TextShape) {
	const text = markdownText(shape);
	return z
		.strictObject({
			...perLanguage(() => text.optional()),
			untranslated: z.enum(languageKeys).optional(),
			...freshnessFields,
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
			// Freshness is of a translation against its original: without both, there is none.
			const fields: (FingerprintKey | typeof machineKey)[] = [
				...translationKeys.map(fingerprintKey),
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
		});
}

/** An aligned pair as checked: a text per language, unless it says which one is missing. */
export type Pair = z.output<ReturnType<typeof pairOf>>;
