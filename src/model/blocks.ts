import type { PerLanguage } from '../i18n/languages';
import type { BlockKind, BlockOf, ListItem } from '../schema/block';
import { checkCode } from '../checks/pair-check';
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
	list: { items: ItemModel[]; ordered: boolean; start: number | undefined; spread: boolean };
	code: RawModel & { syntax: string | undefined; meta: string | undefined };
	table: { table: ShownPair };
	quote: { blocks: BlockModel[] };
	rule: Record<never, never>;
	html: RawModel;
}

/** A block ready to draw: its kind and what the views need of it. */
export type BlockModel = { [K in BlockKind]: { kind: K } & BlockShapes[K] }[BlockKind];
export type BlockModelOf<K extends BlockKind> = Extract<BlockModel, { kind: K }>;

const raw = (text: BlockOf<'code'>['code'], check?: PairCheck): RawModel => ({
	text: showRaw(text, check),
	shared: typeof text === 'string',
});

const item = ({ checked, body, spread: _, ...pair }: ListItem, read: ReadText): ItemModel => ({
	text: showPair(pair, read),
	checked,
	body: (body ?? []).map((block) => blockModel(block, read)),
});

/** One entry per kind of the registry (schema/block.ts); the type checker asks for each. */
const modelOf: { [K in BlockKind]: (block: BlockOf<K>, read: ReadText) => BlockShapes[K] } = {
	paragraph: (block, read) => ({ text: showPair(block.paragraph, read) }),
	list: (block, read) => ({
		items: block.list.map((listItem) => item(listItem, read)),
		ordered: block.ordered ?? false,
		start: block.start,
		// Drawn loose (each item's text a paragraph) when its items are apart or any item's blocks are.
		spread: Boolean(block.spread) || block.list.some((entry) => entry.spread),
	}),
	// A translated block of code keeps its code; its comments and strings' words may be translated.
	code: (block) => ({
		...raw(block.code, (original, translation) => checkCode(original, translation, block.lang)),
		syntax: block.lang,
		meta: block.meta,
	}),
	table: (block, read) => ({ table: showPair(block.table, read) }),
	quote: (block, read) => ({ blocks: block.quote.map((inner) => blockModel(inner, read)) }),
	rule: () => ({}),
	html: (block) => raw(block.html),
};

/**
 * A checked block as the views draw it, its texts read with `read` (links and images resolved
 * for the skill: model/skill-links.ts).
 * @example
 * blockModel({ kind: 'list', list: [{ en: 'One', zh: '一' }] }) // => { kind: 'list', items: [{ text: { en, zh }, … }], … }
 */
export function blockModel<K extends BlockKind>(
	block: BlockOf<K>,
	read: ReadText = (tree) => tree
): BlockModelOf<K> {
	const model = modelOf[block.kind as K] as (block: BlockOf<K>, read: ReadText) => BlockShapes[K];
	return { kind: block.kind, ...model(block, read) } as unknown as BlockModelOf<K>;
}

/** The pairs of Markdown each kind of block holds, nested ones included, in reading order. */
const pairsIn: { [K in BlockKind]: (block: BlockModelOf<K>) => ShownPair[] } = {
	paragraph: ({ text }) => [text],
	list: ({ items }) => items.flatMap(({ text, body }) => [text, ...body.flatMap(blockPairs)]),
	code: () => [],
	table: ({ table }) => [table],
	quote: ({ blocks }) => blocks.flatMap(blockPairs),
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
