import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { languageKeys } from '../i18n/languages';
import { t } from '../i18n/ui';
import type { BlockKind } from '../schema/block';
import type { BlockModel, BlockModelOf, ItemModel } from '../model/blocks';
import { calloutAside } from './callout';
import { codeBlock } from './code-html';
import { itemContent, text, wrapped } from './hast';
import { withAttributes } from './passages';
import type { PairLinks } from './edit-links';
import { markedBlocks, phrasing, standIn, tableBlocks, type PageMarks } from './page-text';

type Render<K extends BlockKind> = (
	block: BlockModelOf<K>,
	page: PageMarks
) => Promise<ElementContent[]>;

/**
 * A block of a skill in the page's language, as the hast nodes it draws to: a block that stands in
 * for a missing translation, or is marked, takes several.
 * @example
 * await pageBlock(blockModel({ kind: 'rule', rule: true }), page) // => [<hr>]
 */
export function pageBlock(block: BlockModel, page: PageMarks): Promise<ElementContent[]> {
	return (renderers[block.kind] as Render<BlockKind>)(block, page);
}

const pageBlocks = async (blocks: BlockModel[], page: PageMarks) =>
	(await Promise.all(blocks.map((block) => pageBlock(block, page)))).flat();

/** A task's box, named, since nothing labels it (remark's own box has no name). */
const taskBox = (checked: boolean, page: PageMarks): ElementContent[] => [
	h('input', {
		type: 'checkbox',
		disabled: true,
		checked,
		ariaLabel: t(page.key)(checked ? 'skill.taskDone' : 'skill.taskOpen'),
	}),
	text(' '),
];

async function listItem(item: ItemModel, page: PageMarks, loose: boolean) {
	const first = [
		...(item.checked === undefined ? [] : taskBox(item.checked, page)),
		...phrasing(item.text[page.key], page),
	];
	const blocks = [
		h('p', [...first, ...page.links(item.text)]),
		...(await pageBlocks(item.body, page)),
	];
	return h('li', page.passage(item.text), itemContent(blocks, loose));
}

/** A block-level text's links, on a line of their own after it. */
const after = (pair: Parameters<PairLinks>[0], page: PageMarks): ElementContent[] => {
	const links = page.links(pair);
	return links.length ? [h('p', links)] : [];
};

/** The page renderer of each kind of block (see the registry in schema/block.ts). */
const renderers: { [K in BlockKind]: Render<K> } = {
	paragraph: async ({ text }, page) => [
		h('p', page.passage(text), [...phrasing(text[page.key], page), ...page.links(text)]),
	],
	list: async ({ items, ordered, start, spread }, page) => [
		h(
			ordered ? 'ol' : 'ul',
			{ start: start !== undefined && start !== 1 ? start : undefined },
			wrapped(await Promise.all(items.map((item) => listItem(item, page, spread))))
		),
	],
	code: async (block, page) => {
		const { text, syntax, meta } = block;
		const shown = text[page.key];
		// Taken before the first wait, so that the page's blocks number their popovers in order.
		const id = shown.status === 'review' ? page.codeId() : undefined;
		const content = [
			withAttributes(await codeBlock(shown.text, syntax, meta), page.passage(block)),
		];
		if (id === undefined) return [...standIn(shown, content, page.key), ...after(text, page)];
		// A translation's code the checks flag: marked, with the original's code in the popover.
		const original = text[languageKeys[0]];
		const mark = { ...shown, status: 'review' as const, original };
		const originalCode = [await codeBlock(original.text, syntax, meta)];
		return [...markedBlocks(mark, content, originalCode, id, page.key), ...after(text, page)];
	},
	table: async ({ table }, page) => [
		...tableBlocks(table[page.key], page, page.passage(table)),
		...after(table, page),
	],
	quote: async ({ blocks }, page) => [h('blockquote', wrapped(await pageBlocks(blocks, page)))],
	callout: async ({ blocks, type }, page) => [
		calloutAside(type, page.key, wrapped(await pageBlocks(blocks, page))),
	],
	rule: async () => [h('hr')],
	// Shown as the text it is, never as markup: a code block of HTML.
	html: async (block, page) => {
		const shown = block.text[page.key];
		const code = withAttributes(await codeBlock(shown.text, 'html'), page.passage(block));
		return [...standIn(shown, [code], page.key), ...after(block.text, page)];
	},
};
