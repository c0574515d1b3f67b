import { z } from 'astro/zod';
import { pairOf } from './pair';
import { rule } from './rule';

/**
 * The kinds of block a section's body holds, in the order the format documents them. This tuple
 * is the registry: the schema below, the error messages, the view model (model/blocks.ts), the
 * page renderer (views/page-tree.ts), the compare renderer (components/compare/CompareRow.astro)
 * and the test helpers (tests/support/texts.ts) each have one entry per kind, checked by the type
 * checker, so a new kind cannot be forgotten in any of them.
 */
export const blockKinds = ['paragraph', 'list', 'code', 'table'] as const;
export type BlockKind = (typeof blockKinds)[number];

const inlinePair = pairOf('inline');

/**
 * Each kind's keys as a source writes them. The key named like the kind holds its content and
 * marks a block as that kind; any other key is an option of that kind only, and optional.
 */
const blockFields = {
	/** A paragraph: one text per language. */
	paragraph: { paragraph: inlinePair },
	/** A list: each item is a pair, so items stay level with their translations. */
	list: {
		list: z.array(inlinePair).min(1, { message: 'has no items' }),
		/** Number the list's items. */
		ordered: z.boolean().optional(),
	},
	/** A code block, shared by both languages: code is not translated. */
	code: {
		code: z
			.string()
			.transform((code) => code.replace(/\s+$/, ''))
			.superRefine(rule((code) => code !== '', 'is empty', 'Write the code, or remove the block.')),
		/** The code's language for syntax highlighting, such as `bash` or `yaml`. */
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
	},
	/** A GFM table in each language. */
	table: { table: pairOf('table') },
} satisfies { [K in BlockKind]: { [F in K]: z.ZodType } & Record<string, z.ZodType> };

type Fields<K extends BlockKind> = z.output<z.ZodObject<(typeof blockFields)[K]>>;

/** A checked block: its kind, and that kind's keys as the source wrote them. */
export type Block = { [K in BlockKind]: { kind: K } & Fields<K> }[BlockKind];
/** The block of one kind. */
export type BlockOf<K extends BlockKind> = Extract<Block, { kind: K }>;

const code = (key: string) => `\`${key}\``;
const kindList = (joiner: string) =>
	blockKinds
		.map((kind) => code(`${kind}:`))
		.join(', ')
		.replace(/, ([^,]*)$/, ` ${joiner} $1`);

/** Every key of every kind, each optional: which kind a block is, is decided below. */
const anyBlock = z.strictObject(
	Object.assign(
		{},
		...blockKinds.map((kind) =>
			Object.fromEntries(
				Object.entries(blockFields[kind]).map(([key, schema]) => [key, schema.optional()])
			)
		)
	) as Record<string, z.ZodOptional<z.ZodType>>
);

/**
 * A block of a section's body, checked and tagged with its kind for the views.
 * @example
 * blockSchema.parse({ list: [{ en: 'One', zh: '一' }] }) // => { kind: 'list', list: [...] }
 */
export const blockSchema = anyBlock.transform((input, ctx): Block => {
	const block = input as Record<string, unknown>;
	const present = blockKinds.filter((kind) => block[kind] !== undefined);
	if (present.length !== 1) {
		ctx.issues.push({
			code: 'custom',
			input,
			message:
				present.length === 0
					? `is not a block: it has none of ${kindList('or')}`
					: `mixes ${present.map(code).join(' and ')} in one block`,
			params: { hint: `Give each block exactly one of ${kindList('or')}.` },
		});
		return z.NEVER;
	}
	const kind = present[0]!;
	const own = Object.keys(blockFields[kind]);
	const misplaced = Object.keys(block).find(
		(key) => block[key] !== undefined && !own.includes(key)
	);
	if (misplaced) {
		const owner = blockKinds.find((other) => misplaced in blockFields[other])!;
		ctx.issues.push({
			code: 'custom',
			input,
			path: [misplaced],
			message: `${code(misplaced)} belongs to a ${code(`${owner}:`)} block`,
			params: { hint: `Remove ${code(misplaced)} or move it to the block it belongs to.` },
		});
		return z.NEVER;
	}
	return { kind, ...block } as Block;
});
