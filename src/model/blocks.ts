import type { BlockKind, BlockOf } from '../schema/block';
import { showPair, type ShownPair } from './shown';

/** What the views draw of each kind of block: its pairs shown in every language. */
export interface BlockShapes {
	paragraph: { text: ShownPair };
	list: { items: ShownPair[]; ordered: boolean };
	code: { code: string; lang: string | undefined };
	table: { table: ShownPair };
}

/** A block ready to draw: its kind and what the views need of it. */
export type BlockModel = { [K in BlockKind]: { kind: K } & BlockShapes[K] }[BlockKind];
export type BlockModelOf<K extends BlockKind> = Extract<BlockModel, { kind: K }>;

/** One entry per kind of the registry (schema/block.ts); the type checker asks for each. */
const modelOf: { [K in BlockKind]: (block: BlockOf<K>) => BlockShapes[K] } = {
	paragraph: (block) => ({ text: showPair(block.paragraph) }),
	list: (block) => ({ items: block.list.map(showPair), ordered: block.ordered ?? false }),
	code: (block) => ({ code: block.code, lang: block.lang }),
	table: (block) => ({ table: showPair(block.table) }),
};

/**
 * A checked block as the views draw it.
 * @example
 * blockModel({ kind: 'list', list: [{ en: 'One', zh: '一' }] }) // => { kind: 'list', items: [{ en, zh }], ordered: false }
 */
export function blockModel<K extends BlockKind>(block: BlockOf<K>): BlockModelOf<K> {
	const view = modelOf[block.kind as K] as (block: BlockOf<K>) => BlockShapes[K];
	return { kind: block.kind, ...view(block) } as unknown as BlockModelOf<K>;
}

/** The pairs each kind of block holds, in reading order (code has none: it is shared). */
const pairsIn: { [K in BlockKind]: (block: BlockModelOf<K>) => ShownPair[] } = {
	paragraph: ({ text }) => [text],
	list: ({ items }) => items,
	code: () => [],
	table: ({ table }) => [table],
};

/**
 * Every aligned pair of a block, in reading order: for counts of what is translated, and for
 * checks that every text reaches every view.
 * @example
 * blockPairs(blockModel({ kind: 'list', list: [{ en: 'One', zh: '一' }] })) // => [{ en, zh }]
 */
export function blockPairs(block: BlockModel): ShownPair[] {
	return (pairsIn[block.kind] as (block: BlockModel) => ShownPair[])(block);
}
