import { z } from 'astro/zod';
import { pairOf, type Pair } from './pair';
import { rule } from './rule';

const inlinePair = pairOf('inline');

/** One block of a section's body, as the source writes it: exactly one of the four kinds. */
const blockInput = z.strictObject({
	/** A paragraph: one text per language. */
	paragraph: inlinePair.optional(),
	/** A list: each item is a pair, so items stay level with their translations. */
	list: z.array(inlinePair).min(1, { message: 'has no items' }).optional(),
	/** Number the list's items. */
	ordered: z.boolean().optional(),
	/** A code block, shared by both languages: code is not translated. */
	code: z
		.string()
		.transform((code) => code.replace(/\s+$/, ''))
		.superRefine(rule((code) => code !== '', 'is empty', 'Write the code, or remove the block.'))
		.optional(),
	/** The code block's language for syntax highlighting, such as `bash` or `yaml`. */
	lang: z
		.string()
		.superRefine(
			rule(
				(lang) => /^[\w+#.-]+$/.test(lang),
				'is not a language name',
				"Name the code's language the way code fences do, such as `bash`, `python` or `yaml`."
			)
		)
		.optional(),
	/** A GFM table in each language. */
	table: pairOf('table').optional(),
});

const kinds = ['paragraph', 'list', 'code', 'table'] as const;

export type Block =
	| { kind: 'paragraph'; text: Pair }
	| { kind: 'list'; items: Pair[]; ordered: boolean }
	| { kind: 'code'; code: string; lang?: string }
	| { kind: 'table'; table: Pair };

/**
 * A block of a section's body, checked and turned into a tagged union for the views.
 * @example
 * blockSchema.parse({ list: [{ en: 'One', zh: '一' }] }) // => { kind: 'list', items: [...], ordered: false }
 */
export const blockSchema = blockInput.transform((block, ctx): Block => {
	const present = kinds.filter((kind) => block[kind] !== undefined);
	if (present.length !== 1) {
		ctx.issues.push({
			code: 'custom',
			input: block,
			message:
				present.length === 0
					? 'is not a block: it has none of `paragraph`, `list`, `code` or `table`'
					: `mixes ${present.map((k) => `\`${k}\``).join(' and ')} in one block`,
			params: {
				hint: 'Give each block exactly one of `paragraph:`, `list:`, `code:` or `table:`.',
			},
		});
		return z.NEVER;
	}
	const misplaced = (['ordered', 'lang'] as const).find(
		(key) => block[key] !== undefined && present[0] !== (key === 'ordered' ? 'list' : 'code')
	);
	if (misplaced) {
		ctx.issues.push({
			code: 'custom',
			input: block,
			path: [misplaced],
			message: `\`${misplaced}\` belongs to a ${misplaced === 'ordered' ? '`list:`' : '`code:`'} block`,
			params: { hint: `Remove \`${misplaced}\` or move it to the block it belongs to.` },
		});
		return z.NEVER;
	}
	if (block.paragraph) return { kind: 'paragraph', text: block.paragraph };
	if (block.list) return { kind: 'list', items: block.list, ordered: block.ordered ?? false };
	if (block.code !== undefined) return { kind: 'code', code: block.code, lang: block.lang };
	return { kind: 'table', table: block.table! };
});
