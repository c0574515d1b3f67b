import type { LanguageKey } from '../../src/i18n/languages';
import { t } from '../../src/i18n/ui';
import { blockPairs, type BlockModel } from '../../src/model/blocks';
import type { ShownPair, ShownText } from '../../src/model/shown';
import type { SkillModel } from '../../src/model/skill-model';

/** What a reader sees of a text on a page: the shown text, and the marker when it stands in. */
function onPage(shown: ShownText, page: LanguageKey): string {
	const marker = shown.status === 'fallback' ? ` ${t(page)('skill.pendingTranslation')}` : '';
	return shown.plain + marker;
}

/**
 * The paragraph-like texts a block shows on a page: its paragraph or list items; a table shows
 * only the marker before it when it stands in for a missing translation (its cells are checked
 * apart).
 */
function blockTexts(block: BlockModel, key: LanguageKey): string[] {
	if (block.kind === 'table') {
		const shown = block.table[key];
		return shown.status === 'fallback' ? [t(key)('skill.pendingTranslation')] : [];
	}
	return blockPairs(block).map((pair) => onPage(pair[key], key));
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
