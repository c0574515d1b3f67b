import type { LanguageKey } from '../../src/i18n/languages';
import { t } from '../../src/i18n/ui';
import { blockPairs, type BlockModel, type BlockModelOf } from '../../src/model/blocks';
import type { BlockKind } from '../../src/schema/block';
import type { ShownPair, ShownText } from '../../src/model/shown';
import type { SkillModel } from '../../src/model/skill-model';

/** What a reader sees of a text on a page: the shown text, and the marker when it stands in. */
function onPage(shown: ShownText, page: LanguageKey): string {
	const marker = shown.status === 'fallback' ? ` ${t(page)('skill.pendingTranslation')}` : '';
	return shown.plain + marker;
}

/** A block that stands in for a missing translation is marked in a paragraph before it. */
const markerIf = (shown: { status: ShownText['status'] }, key: LanguageKey) =>
	shown.status === 'fallback' ? [t(key)('skill.pendingTranslation')] : [];

/**
 * The paragraph-like texts (headings, paragraphs, list items) each kind of block shows on a
 * page, in order. Tables, code and HTML blocks show only the marker before them when they stand
 * in for a missing translation; their content is checked apart. One entry per kind.
 */
const textsOf: { [K in BlockKind]: (block: BlockModelOf<K>, key: LanguageKey) => string[] } = {
	paragraph: ({ text }, key) => [onPage(text[key], key)],
	list: ({ items }, key) =>
		items.flatMap((item) => [
			onPage(item.text[key], key),
			...item.body.flatMap((b) => blockTexts(b, key)),
		]),
	code: ({ text }, key) => markerIf(text[key], key),
	table: ({ table }, key) => markerIf(table[key], key),
	quote: ({ blocks }, key) => blocks.flatMap((b) => blockTexts(b, key)),
	// Its title ("Note"), in the page's language, then its blocks.
	callout: ({ blocks, type }, key) => [
		t(key)(`callout.${type}`),
		...blocks.flatMap((b) => blockTexts(b, key)),
	],
	rule: () => [],
	html: ({ text }, key) => markerIf(text[key], key),
};

function blockTexts(block: BlockModel, key: LanguageKey): string[] {
	return (textsOf[block.kind] as (block: BlockModel, key: LanguageKey) => string[])(block, key);
}

/**
 * How many texts of a page stand in for a missing translation, each with its marker.
 * @example
 * standIns(loadModel('mlops-engineer'), 'zh') // => 0
 */
export function standIns(skill: SkillModel, key: LanguageKey): number {
	const marker = t(key)('skill.pendingTranslation');
	return pageTexts(skill, key).filter((text) => text.endsWith(marker)).length;
}

/**
 * Every heading, paragraph and list item of a skill's page in one language, in page order, as
 * the page shows them (a stand-in for a missing translation with its marker).
 * @example
 * pageTexts(loadModel('mlops-engineer'), 'zh')[0] // => '适用场景'
 */
export function pageTexts(skill: SkillModel, key: LanguageKey): string[] {
	return [
		...skill.body.flatMap((block) => blockTexts(block, key)),
		...skill.allSections.flatMap((section) => [
			onPage(section.heading[key], key),
			...section.body.flatMap((block) => blockTexts(block, key)),
		]),
	];
}

/**
 * Every pair of a skill in reading order, headings included: the compare view's cells, one per
 * language and pair.
 * @example
 * skillPairs(loadModel('mlops-engineer'))[0].zh.plain // => '适用场景'
 */
export function skillPairs(skill: SkillModel): ShownPair[] {
	return [
		...skill.body.flatMap(blockPairs),
		...skill.allSections.flatMap((section) => [
			section.heading,
			...section.body.flatMap(blockPairs),
		]),
	];
}
