import { languageKeys } from '../i18n/languages';
import type { BlockKind } from '../schema/block';
import { fingerprint } from '../schema/fingerprint';
import type { BlockModel, BlockModelOf, RawModel } from './blocks';

// Blocks of code and HTML are passages a reader links to, like paragraphs, but not pairs of
// Markdown (model/pair-places.ts leaves them out of counts and checks). Their anchors are made
// the same way, `<section id>.<6 hex digits>` of the English, here, beside the pairs' anchors.

/** The blocks of raw text (code, HTML) each kind of block holds, nested ones included. */
const rawIn: { [K in BlockKind]: (block: BlockModelOf<K>) => RawModel[] } = {
	paragraph: () => [],
	list: ({ items }) => items.flatMap(({ body }) => body.flatMap(rawBlocks)),
	code: (block) => [block],
	table: () => [],
	quote: ({ blocks }) => blocks.flatMap(rawBlocks),
	callout: ({ blocks }) => blocks.flatMap(rawBlocks),
	rule: () => [],
	html: (block) => [block],
};

const rawBlocks = (block: BlockModel): RawModel[] =>
	(rawIn[block.kind] as (block: BlockModel) => RawModel[])(block);

/**
 * The anchor of every block of code or HTML of a skill: `<section id>.<6 hex digits>` of its
 * English text (`_top.…` before the first section), `-2`, `-3` … for a repeat, never one of the
 * pairs' anchors (`taken`). Like theirs, it survives any edit but one to its own English. The
 * model makes them once (model/skill-model.ts), beside the pairs'.
 * @example
 * rawAnchors(model.body, model.allSections, new Set(pairAnchors)).get(codeBlock) // => 'setup.9f86d0'
 */
export function rawAnchors(
	body: BlockModel[],
	allSections: { id: string; body: BlockModel[] }[],
	taken: Set<string>
): Map<RawModel, string> {
	const anchors = new Map<RawModel, string>();
	const place = (blocks: BlockModel[], prefix: string) => {
		const seen = new Map<string, number>();
		for (const raw of blocks.flatMap(rawBlocks)) {
			const id = `${prefix}.${fingerprint(raw.text[languageKeys[0]].text).slice(0, 6)}`;
			let count = seen.get(id) ?? 0;
			let anchor: string;
			do anchor = ++count === 1 ? id : `${id}-${count}`;
			while (taken.has(anchor));
			seen.set(id, count);
			taken.add(anchor);
			anchors.set(raw, anchor);
		}
	};
	place(body, '_top');
	for (const section of allSections) place(section.body, section.id);
	return anchors;
}
