import type { CheckedText } from '../checks/skill-checks';
import type { BlockKind, BlockOf, Block } from '../schema/block';
import type { Section, Skill } from '../schema/skill';

type Texts<K extends BlockKind> = (block: BlockOf<K>) => CheckedText[];

const text = (
	pair: { en?: string; zh?: string },
	kind: CheckedText['kind'],
	lang?: string
): CheckedText => ({
	pair,
	en: pair.en,
	zh: pair.zh,
	kind,
	...(lang === undefined ? {} : { lang }),
});

/** The texts each kind of block holds for the checks, in reading order (the registry's kinds). */
const textsOf: { [K in BlockKind]: Texts<K> } = {
	paragraph: (block) => [text(block.paragraph, 'text')],
	list: (block) =>
		block.list.flatMap((item) => [text(item, 'text'), ...blocksTexts(item.body ?? [])]),
	code: (block) => (typeof block.code === 'string' ? [] : [text(block.code, 'code', block.lang)]),
	table: (block) => [text(block.table, 'text')],
	quote: (block) => blocksTexts(block.quote),
	callout: (block) => blocksTexts(block.callout),
	rule: () => [],
	html: () => [],
};

const blocksTexts = (blocks: readonly Block[]): CheckedText[] =>
	blocks.flatMap((block) => (textsOf[block.kind] as Texts<BlockKind>)(block));

const sectionTexts = (section: Section): CheckedText[] => [
	text(section.heading, 'heading'),
	...blocksTexts(section.body),
	...section.sections.flatMap(sectionTexts),
];

/**
 * Every pair of a skill the checks look at, in reading order: its title (named like a heading),
 * its description, then each section's heading and body, with each text's kind.
 * @example
 * checkedTexts(skill).map((t) => t.kind) // => ['heading', 'text', 'heading', 'text', …]
 */
export function checkedTexts(skill: Skill): CheckedText[] {
	return [
		{ ...text(skill.title, 'heading'), alone: true },
		{ ...text(skill.description, 'text'), alone: true },
		...blocksTexts(skill.body),
		...skill.sections.flatMap(sectionTexts),
	];
}
