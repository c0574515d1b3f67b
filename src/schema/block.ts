import { z } from 'astro/zod';
import { languageKeys, type LanguageKey } from '../i18n/languages';
import {
	inlinePair,
	markdownText,
	pairOf,
	rawText,
	tablePair,
	type Located,
	type Pair,
} from './pair';
import { rule } from './rule';
import { parseGfm } from '../markdown/parse';
import { htmlBlockProblem } from '../markdown/shape';
import { maxMetaBytes } from '../source/limits';
import { eachText, rawLimitProblem, textLimitProblem, withinBytes } from '../source/text-limits';

/**
 * The kinds of block a body holds, in the order the format documents them. This tuple is the
 * registry: the schema below, the error messages, the view model (model/blocks.ts), the page
 * renderer (views/page-blocks.ts), the compare renderer (views/compare-tree.ts), the
 * export to SKILL.md and the test helpers each have one entry per kind, checked by the type
 * checker, so a new kind cannot be forgotten in any of them.
 */
export const blockKinds = [
	'paragraph',
	'list',
	'code',
	'table',
	'quote',
	'callout',
	'rule',
	'html',
] as const;
export type BlockKind = (typeof blockKinds)[number];

/** A list item: its first paragraph as a pair (empty for an empty item), then what follows it. */
export type ListItem = Pair & {
	/** A task list item: done (`- [x]`) or not (`- [ ]`). */
	checked?: boolean | undefined;
	/** Blocks inside the item after its first paragraph: nested lists, code, quotes, paragraphs. */
	body?: Block[] | undefined;
	/** The item's blocks are apart: a blank line after its first paragraph and between blocks. */
	spread?: boolean | undefined;
};

/**
 * The kinds of GitHub's callouts (`> [!NOTE]`), as the SKILL.md writes them in capitals; each is
 * drawn as one of Starlight's asides.
 */
export const calloutTypes = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutType = (typeof calloutTypes)[number];

/**
 * GitHub's callout marker, alone on the first line of a blockquote: what the importer reads as a
 * callout, and a quote may not open with. As on GitHub, in any case (`[!note]`), and before a
 * line break written as two spaces or a backslash.
 * @example
 * calloutMarker.exec('[!WARNING]\nCareful.')?.[1] // => 'WARNING'
 * calloutMarker.exec('[!note]  \nCareful.')?.[1] // => 'note'
 */
export const calloutMarker = new RegExp(
	`^\\[!(${calloutTypes.join('|')})\\][ \\t]*\\\\?(?:\\r\\n?|\\n|$)`,
	'i'
);

/** Code or raw text per language, when a translation changed it. */
export type TextPair = Partial<Record<LanguageKey, string>> &
	Located & {
		untranslated?: LanguageKey | undefined;
	};

/**
 * What each kind of block holds once checked. Blocks nest (a quote and a list item hold blocks),
 * and Zod cannot infer a type that refers to itself, so the types are written here and
 * `blockFields` below must produce exactly them: the type checker holds the two together.
 */
interface BlockShapes {
	paragraph: { paragraph: Pair };
	list: { list: ListItem[]; ordered?: boolean; start?: number; spread?: boolean };
	code: { code: string | TextPair; lang?: string; meta?: string };
	table: { table: Pair };
	quote: { quote: Block[] };
	/** `type` is `note` where the source leaves it out. */
	callout: { callout: Block[]; type?: CalloutType };
	rule: { rule: true };
	html: { html: string | TextPair };
}

/** A checked block: its kind, and that kind's keys as the source wrote them. */
export type Block = { [K in BlockKind]: { kind: K } & BlockShapes[K] }[BlockKind];
/** The block of one kind. */
export type BlockOf<K extends BlockKind> = Extract<Block, { kind: K }>;

/** For each kind, a schema per key that checks it and produces its type. */
type FieldSchemas = {
	[K in BlockKind]: {
		[F in keyof BlockShapes[K]]-?: z.ZodType<BlockShapes[K][F], unknown>;
	};
};

/** Blocks nest (a quote holds blocks, so does a list item): the schema refers to itself. */
const blocks: z.ZodType<Block[], unknown> = z.lazy((): z.ZodType<Block[], unknown> =>
	z.array(blockSchema).min(1, { message: 'has no blocks' })
);

const listItem: z.ZodType<ListItem, unknown> = pairOf(markdownText('inline', { empty: true }), {
	checked: z.boolean().optional(),
	body: blocks.optional(),
	spread: z.boolean().optional(),
});

/** The largest number a Markdown list item can have: nine digits (CommonMark). */
export const maxListStart = 999_999_999;

/**
 * An HTML block's text, shared or a pair: raw text that Markdown reads as one HTML block, so that
 * the SKILL.md holds what the pages show. Most HTML blocks end at a blank line, where what follows
 * would be Markdown of its own (headings, paragraphs) in the file agents load. Finding that parses
 * the text, so it is first held to what the parser takes (source/text-limits.ts).
 */
const html = z
	.union([rawText, pairOf(rawText)])
	.superRefine(eachText((text) => textLimitProblem(text, 'html') ?? htmlBlockProblem(text)));

/** A code block's code: one copy for every language, or a pair when a translation changed it. */
const code = z.union([rawText, pairOf(rawText)]).superRefine(eachText(rawLimitProblem));

/** The limits' name for the text of each kind whose text Markdown reads after a callout's marker. */
const calloutShapes = { paragraph: 'inline', table: 'table', html: 'html' } as const;

/** The kinds of the blocks Markdown reads in a text, in order: `paragraph,table`. */
const blockTypes = (markdown: string) =>
	parseGfm(markdown)
		.children.map((node) => node.type)
		.join();

/**
 * A callout's first block must read as that block on the line after GitHub's marker, where the
 * SKILL.md writes it (export/markdown-blocks.ts) and where the importer reads it: right under the
 * marker's paragraph, which most blocks cannot interrupt. A rule, an empty first item or `===`
 * there underline the marker into a heading; a list that starts at another number than 1, or an
 * HTML block such as `<Good>`, runs on into the marker's paragraph. The page would show one thing
 * and the file agents load another, which imports as something else again.
 * @example
 * blocks.superRefine(calloutOpening) // `callout: [{ rule: true }, …]` is refused at its rule
 */
function calloutOpening(inner: Block[], ctx: z.RefinementCtx<Block[]>): void {
	const first = inner[0];
	if (!first) return;
	const refuse = (path: PropertyKey[], found: string, hint: string) =>
		ctx.addIssue({
			code: 'custom',
			path: [0, ...path],
			message: `opens a callout with ${found}: the SKILL.md writes it on the line after the callout's marker (\`> [!NOTE]\`), where Markdown reads it as part of the marker's line`,
			params: { hint },
		});
	const paragraphFirst = 'Open the callout with a paragraph, and put this block after it.';
	if (first.kind === 'rule') return refuse(['rule'], 'a rule', paragraphFirst);
	if (first.kind === 'list') {
		const start = first.ordered ? (first.start ?? 1) : 1;
		if (start !== 1)
			return refuse(
				['start'],
				`a list numbered from ${start}`,
				`Start the list at 1, or ${paragraphFirst.toLowerCase()}`
			);
		const [item] = first.list;
		for (const key of languageKeys)
			if (item?.[key] === '' && !item.body?.length)
				return refuse(['list', 0, key], 'an empty list item', paragraphFirst);
		return;
	}
	if (first.kind !== 'paragraph' && first.kind !== 'table' && first.kind !== 'html') return;
	const shape = calloutShapes[first.kind];
	const value =
		first.kind === 'paragraph'
			? first.paragraph
			: first.kind === 'table'
				? first.table
				: first.html;
	for (const key of languageKeys) {
		const text = typeof value === 'string' ? value : value[key];
		// A text over the limits was refused at its place, and is not parsed again.
		if (text === undefined || textLimitProblem(text, shape)) continue;
		// A paragraph runs on from the marker's; any other block follows it as it reads alone (an
		// HTML block kept as written, `# Title`, is a heading there too).
		const read = blockTypes(`[!NOTE]\n${text}`);
		if (read === (first.kind === 'paragraph' ? 'paragraph' : `paragraph,${blockTypes(text)}`))
			continue;
		const path = typeof value === 'string' ? [first.kind] : [first.kind, key];
		return refuse(
			path,
			`this ${first.kind === 'html' ? 'HTML block' : first.kind}, read there as ${read.replaceAll(',', ' and ')}`,
			first.kind === 'paragraph'
				? 'Escape the Markdown marker that opens the text with a backslash (`\\=`, `\\-`), or open the callout with another paragraph.'
				: paragraphFirst
		);
	}
}

/**
 * A quote must not open with GitHub's callout marker (`[!WARNING]` on a line of its own) where
 * the importer would read its SKILL.md as a callout: the file would hold `> [!WARNING]`, which
 * GitHub and the importer read as a warning callout, while the page shows a quote whose first
 * words are “[!WARNING]”.
 * @example
 * blocks.superRefine(quoteOpening) // `quote: [{ paragraph: '[!WARNING]\nCareful.' }]` is refused
 */
function quoteOpening(inner: Block[], ctx: z.RefinementCtx<Block[]>): void {
	const first = inner[0];
	if (first?.kind !== 'paragraph') return;
	for (const key of languageKeys) {
		const text = first.paragraph[key] ?? '';
		const marker = calloutMarker.exec(text);
		// As the importer reads it (import/blocks.ts): a callout when lines that read as a paragraph
		// alone follow the marker; a marker alone in its paragraph, or followed by lines that do
		// not (`4. four`), is the quote it is on the page.
		if (!marker) continue;
		// The lines after it as Markdown reads them on in the marker's paragraph: without their
		// indentation, which would otherwise read as code here.
		const rest = text.slice(marker[0].length).replace(/^[ \t]+/gm, '');
		if (rest === '' || blockTypes(rest) !== 'paragraph') continue;
		const [, name] = marker;
		const type = name!.toLowerCase();
		ctx.addIssue({
			code: 'custom',
			path: [0, 'paragraph', key],
			message: `opens a quote with GitHub's callout marker \`[!${name}]\`: the SKILL.md would hold a callout there (\`type: ${type}\`) where the page shows a quote`,
			params: {
				hint: `Write it as \`callout:\` with \`type: ${type}\` if it is one, or escape the bracket (\`\\[!${name}]\`) to keep a quote.`,
			},
		});
		return;
	}
}

/**
 * Each kind's keys as a source writes them. The key named like the kind holds its content and
 * marks a block as that kind; any other key is an option of that kind only, and optional.
 */
const blockFields: FieldSchemas = {
	/** A paragraph: one text per language. */
	paragraph: { paragraph: inlinePair },
	/** A list: each item is a pair, so items stay level with their translations. */
	list: {
		list: z.array(listItem).min(1, { message: 'has no items' }),
		/** Number the list's items … */
		ordered: z.boolean().optional(),
		/** … from this number (an ordered list may start at 4); Markdown reads at most nine digits. */
		start: z
			.number()
			.int()
			.min(0)
			.superRefine(
				rule(
					(start) => start <= maxListStart,
					`is over ${maxListStart}: a list number has at most nine digits in Markdown`,
					`Start the list at ${maxListStart} or less; a larger number is not a list marker, and the SKILL.md would hold a paragraph.`
				)
			)
			.optional(),
		/** A loose list: its items are separated by blank lines, and drawn apart. */
		spread: z.boolean().optional(),
	},
	/** A code block: shared by the languages, unless the translation changed it (comments). */
	code: {
		code,
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
		/** The rest of the fence's info string, such as `title="app.py"`: one line, as a fence's. */
		meta: z
			.string()
			.superRefine(
				rule(
					(meta) => !/[\r\n]/.test(meta),
					'runs over several lines, where a code fence has one line',
					"Write the fence's info string on one line: in the SKILL.md, a line break would end the fence and turn the rest into text the page never shows."
				)
			)
			.superRefine(
				withinBytes(
					maxMetaBytes,
					"a code block's `meta`",
					'Keep it to the fence line: a title or a few options.'
				)
			)
			.optional(),
	},
	/** A GFM table in each language. */
	table: { table: tablePair },
	/** A blockquote: the blocks it holds. */
	quote: { quote: blocks.superRefine(quoteOpening) },
	/** A GitHub callout (`> [!WARNING]`): the blocks it holds, and its type. */
	callout: { callout: blocks.superRefine(calloutOpening), type: z.enum(calloutTypes).optional() },
	/** A thematic break (`---`). */
	rule: { rule: z.literal(true) },
	/** An HTML block (`<Good>…</Good>`), kept as its text and shown as text, never as markup. */
	html: { html },
};

const quoted = (key: string) => `\`${key}\``;
const kindList = (joiner: string) =>
	blockKinds
		.map((kind) => quoted(`${kind}:`))
		.join(', ')
		.replace(/, ([^,]*)$/, ` ${joiner} $1`);

/** Every key of every kind, each optional: which kind a block is, is decided below. */
const anyBlock = z.strictObject(
	Object.assign(
		{},
		...blockKinds.map((kind) =>
			Object.fromEntries(
				Object.entries(blockFields[kind] as Record<string, z.ZodType>).map(([key, schema]) => [
					key,
					schema.optional(),
				])
			)
		)
	) as Record<string, z.ZodOptional<z.ZodType>>
);

/**
 * A block of a body, checked and tagged with its kind for the views.
 * @example
 * blockSchema.parse({ list: [{ en: 'One', zh: '一' }] }) // => { kind: 'list', list: [...] }
 */
export const blockSchema: z.ZodType<Block, unknown> = anyBlock.transform((input, ctx): Block => {
	const block = input as Record<string, unknown>;
	const present = blockKinds.filter((kind) => block[kind] !== undefined);
	if (present.length !== 1) {
		ctx.issues.push({
			code: 'custom',
			input,
			message:
				present.length === 0
					? `is not a block: it has none of ${kindList('or')}`
					: `mixes ${present.map(quoted).join(' and ')} in one block`,
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
			message: `${quoted(misplaced)} belongs to a ${quoted(`${owner}:`)} block`,
			params: { hint: `Remove ${quoted(misplaced)} or move it to the block it belongs to.` },
		});
		return z.NEVER;
	}
	return { kind, ...block } as Block;
});
