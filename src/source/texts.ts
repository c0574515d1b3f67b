import type { Block, BlockKind, BlockOf } from '../schema/block';
import type { Pair } from '../schema/pair';
import type { Section, Skill } from '../schema/skill';
import type { Path } from './locate';

/** A pair of Markdown texts of a checked skill, and where the source holds it. */
export interface PlacedPair {
	path: Path;
	pair: Pair;
}

/** The Markdown pairs each kind of block holds, nested ones included, with their places. */
const pairsOf: { [K in BlockKind]: (block: BlockOf<K>, at: Path) => PlacedPair[] } = {
	paragraph: (block, at) => [{ path: [...at, 'paragraph'], pair: block.paragraph }],
	list: (block, at) =>
		block.list.flatMap(({ checked, body, spread, ...pair }, index) => [
			{ path: [...at, 'list', index], pair },
			...blocksPairs(body ?? [], [...at, 'list', index, 'body']),
		]),
	code: () => [],
	table: (block, at) => [{ path: [...at, 'table'], pair: block.table }],
	quote: (block, at) => blocksPairs(block.quote, [...at, 'quote']),
	callout: (block, at) => blocksPairs(block.callout, [...at, 'callout']),
	rule: () => [],
	html: () => [],
};

function blocksPairs(blocks: Block[], at: Path): PlacedPair[] {
	return blocks.flatMap((block, index) =>
		(pairsOf[block.kind] as (block: Block, at: Path) => PlacedPair[])(block, [...at, index])
	);
}

function sectionPairs(section: Section, at: Path): PlacedPair[] {
	return [
		...blocksPairs(section.body, [...at, 'body']),
		...section.sections.flatMap((sub, index) => sectionPairs(sub, [...at, 'sections', index])),
	];
}

/**
 * Every pair of Markdown texts in the bodies of a checked skill (paragraphs, list items, tables,
 * at any depth), in source order, with its path in the source (the checked skill keeps the
 * source's order, so the paths are the source's). Not headings, which show their images as alt
 * text and their links as text (markdown/heading-text.ts); not code, HTML blocks, title or
 * description, which are not Markdown.
 * @example
 * bodyPairs(skill)[0] // => { path: ['body', 0, 'paragraph'], pair: { en: '…', zh: '…' } }
 */
export function bodyPairs(skill: Skill): PlacedPair[] {
	return [
		...blocksPairs(skill.body, ['body']),
		...skill.sections.flatMap((section, index) => sectionPairs(section, ['sections', index])),
	];
}
