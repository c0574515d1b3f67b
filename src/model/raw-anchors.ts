import { languageKeys } from '../i18n/languages';
import type { BlockKind } from '../schema/block';
import { fingerprint } from '../schema/fingerprint';
import type { BlockModel, BlockModelOf, RawModel } from './blocks';
import type { SkillModel } from './skill-model';

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

const made = new WeakMap<SkillModel, Map<RawModel, string>>();

/**
 * The anchor of every block of code or HTML of a skill: `<section id>.<6 hex digits>` of its
 * English text (`_top.…` before the first section), `-2`, `-3` … for a repeat, never one of the
 * pairs' anchors. Like theirs, it survives any edit but one to its own English. Made once per model.
 * @example
 * rawAnchors(model).get(codeBlock) // => 'setup.9f86d0'
 */
export function rawAnchors(skill: SkillModel): Map<RawModel, string> {
	let anchors = made.get(skill);
	if (anchors) return anchors;
	anchors = new Map();
	const taken = new Set(skill.anchors.values());
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
			anchors!.set(raw, anchor);
		}
	};
	place(skill.body, '_top');
	for (const section of skill.allSections) place(section.body, section.id);
	made.set(skill, anchors);
	return anchors;
}
