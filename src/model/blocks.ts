import type { PerLanguage } from '../i18n/languages';
import type { BlockKind, BlockOf, CalloutType, ListItem } from '../schema/block';
import { checkCode, checkText, type Finding } from '../checks/pair-check';
import type { Pair } from '../schema/pair';
import {
	showPair,
	showRaw,
	type PairCheck,
	type ReadText,
	type ShownPair,
	type ShownRaw,
} from './shown';

/** A list item ready to draw: its first paragraph, and the blocks that follow it. */
export interface ItemModel {
	text: ShownPair;
	/** A task: done or not; `undefined` for an ordinary item. */
	checked: boolean | undefined;
	body: BlockModel[];
	/** Its blocks are apart in the SKILL.md: a blank line after its first paragraph and between. */
	spread: boolean;
}

/** Code or an HTML block ready to draw: one copy for every language, or a copy each. */
export interface RawModel {
	text: PerLanguage<ShownRaw>;
	/** The same text in every language: drawn once. */
	shared: boolean;
}

/** What the views draw of each kind of block: its pairs shown in every language. */
export interface BlockShapes {
	paragraph: { text: ShownPair };
	list: {
		items: ItemModel[];
		ordered: boolean;
		start: number | undefined;
		/** Drawn loose: its items are apart, or some item's blocks are. */
		spread: boolean;
		/** Its items are apart in the SKILL.md: a blank line between them. */
		apart: boolean;
	};
	code: RawModel & { syntax: string | undefined; meta: string | undefined };
	table: { table: ShownPair };
	quote: { blocks: BlockModel[] };
	callout: { blocks: BlockModel[]; type: CalloutType };
	rule: Record<never, never>;
	html: RawModel;
}

/** A block ready to draw: its kind and what the views need of it. */
export type BlockModel = { [K in BlockKind]: { kind: K } & BlockShapes[K] }[BlockKind];
export type BlockModelOf<K extends BlockKind> = Extract<BlockModel, { kind: K }>;

/** How a skill's texts are read for a view: `read` makes each parsed text's tree for its page
 * (links and images resolved: model/skill-links.ts); `found` gives what the checks found in a
 * pair of the skill (checks/skill-checks.ts), or none to check a pair on its own. */
export interface Reading {
	read: ReadText;
	found?: ((pair: object) => Finding[]) | undefined;
}

/** The check of a pair: what the skill's checks found, or its own check when there are none. */
const checkOf = (pair: object, { found }: Reading, own: PairCheck): PairCheck =>
	found ? () => found(pair) : own;

const raw = (text: BlockOf<'code'>['code'], check?: PairCheck): RawModel => ({
	text: showRaw(text, check),
	shared: typeof text === 'string',
});

const item = (listItem: ListItem, reading: Reading): ItemModel => {
	const { checked, body, spread, ...pair } = listItem;
	return {
		// The checks know the item by its source's object.
		text: showPair(pair, reading.read, checkOf(listItem, reading, checkText)),
		checked,
		body: (body ?? []).map((block) => blockModel(block, reading)),
		spread: Boolean(spread),
	};
};

const markdown = (pair: Pair, reading: Reading) =>
	showPair(pair, reading.read, checkOf(pair, reading, checkText));

/** One entry per kind of the registry (schema/block.ts); the type checker asks for each. */
const modelOf: { [K in BlockKind]: (block: BlockOf<K>, reading: Reading) => BlockShapes[K] } = {
	paragraph: (block, reading) => ({ text: markdown(block.paragraph, reading) }),
	list: (block, reading) => ({
		items: block.list.map((listItem) => item(listItem, reading)),
		ordered: block.ordered ?? false,
		start: block.start,
		// Drawn loose (each item's text a paragraph) when its items are apart or any item's blocks are.
		spread: Boolean(block.spread) || block.list.some((entry) => entry.spread),
		apart: Boolean(block.spread),
	}),
	// A translated block of code keeps its code; its comments and strings' words may be translated.
	code: (block, reading) => ({
		...raw(
			block.code,
			typeof block.code === 'string'
				? undefined
				: checkOf(block.code, reading, (original, translation) =>
						checkCode(original, translation, block.lang)
					)
		),
		syntax: block.lang,
		meta: block.meta,
	}),
	table: (block, reading) => ({ table: markdown(block.table, reading) }),
	quote: (block, reading) => ({ blocks: block.quote.map((inner) => blockModel(inner, reading)) }),
	callout: (block, reading) => ({
		blocks: block.callout.map((inner) => blockModel(inner, reading)),
		type: block.type ?? 'note',
	}),
	rule: () => ({}),
	html: (block) => raw(block.html),
};

/**
 * A checked block as the views draw it, its texts read as `reading` says (its trees with links
 * and images resolved for the skill, its pairs' statuses from the skill's checks).
 * @example
 * blockModel({ kind: 'list', list: [{ en: 'One', zh: '一' }] }) // => { kind: 'list', items: [{ text: { en, zh }, … }], … }
 */
export function blockModel<K extends BlockKind>(
	block: BlockOf<K>,
	reading: Reading = { read: (tree) => tree }
): BlockModelOf<K> {
	const model = modelOf[block.kind as K] as (block: BlockOf<K>, reading: Reading) => BlockShapes[K];
	return { kind: block.kind, ...model(block, reading) } as unknown as BlockModelOf<K>;
}

/** The pairs of Markdown each kind of block holds, nested ones included, in reading order. */
const pairsIn: { [K in BlockKind]: (block: BlockModelOf<K>) => ShownPair[] } = {
	paragraph: ({ text }) => [text],
	list: ({ items }) => items.flatMap(({ text, body }) => [text, ...body.flatMap(blockPairs)]),
	code: () => [],
	table: ({ table }) => [table],
	quote: ({ blocks }) => blocks.flatMap(blockPairs),
	callout: ({ blocks }) => blocks.flatMap(blockPairs),
	rule: () => [],
	html: () => [],
};

/**
 * Every aligned pair of Markdown in a block, nested blocks included, in reading order: for counts
 * of what is translated, and for checks that every text reaches every view. (Code and HTML
 * blocks are raw text, not Markdown: see `RawModel`.)
 * @example
 * blockPairs(blockModel({ kind: 'list', list: [{ en: 'One', zh: '一' }] })) // => [{ en, zh }]
 */
export function blockPairs(block: BlockModel): ShownPair[] {
	return (pairsIn[block.kind] as (block: BlockModel) => ShownPair[])(block);
}

/** The blocks each kind of block holds: a list's items' blocks, a quote's, a callout's. */
const innerIn: { [K in BlockKind]: (block: BlockModelOf<K>) => BlockModel[] } = {
	paragraph: () => [],
	list: ({ items }) => items.flatMap(({ body }) => body),
	code: () => [],
	table: () => [],
	quote: ({ blocks }) => blocks,
	callout: ({ blocks }) => blocks,
	rule: () => [],
	html: () => [],
};

/**
 * The blocks a block holds, one level down, in reading order (see `innerIn`).
 * @example
 * innerBlocks(blockModel({ kind: 'quote', quote: [{ kind: 'rule', rule: true }] })) // => [{ kind: 'rule' }]
 */
export function innerBlocks(block: BlockModel): BlockModel[] {
	return (innerIn[block.kind] as (block: BlockModel) => BlockModel[])(block);
}

/** The blocks of code with a text per language (not shared) each kind of block holds, nested
 * ones included, in reading order. */
const codesIn: { [K in BlockKind]: (block: BlockModelOf<K>) => BlockModelOf<'code'>[] } = {
	paragraph: () => [],
	list: ({ items }) => items.flatMap(({ body }) => body.flatMap(blockCodes)),
	code: (block) => (block.shared ? [] : [block]),
	table: () => [],
	quote: ({ blocks }) => blocks.flatMap(blockCodes),
	callout: ({ blocks }) => blocks.flatMap(blockCodes),
	rule: () => [],
	html: () => [],
};

/**
 * Every block of code in a block whose translation changed its text (comments translated), in
 * reading order: pairs of code to keep current and check like texts.
 * @example
 * blockCodes(blockModel({ kind: 'code', code: { en: '# run\nls', zh: '# 运行\nls' } })) // => [that block]
 */
export function blockCodes(block: BlockModel): BlockModelOf<'code'>[] {
	return (codesIn[block.kind] as (block: BlockModel) => BlockModelOf<'code'>[])(block);
}
