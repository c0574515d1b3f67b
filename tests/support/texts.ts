import type { LanguageKey } from '../../src/i18n/languages';
import { t } from '../../src/i18n/ui';
import type { BlockModelOf } from '../../src/model/blocks';
import type { ShownText } from '../../src/model/shown';
import type { SkillModel } from '../../src/model/skill-model';
import type { BlockKind } from '../../src/schema/block';

/** What a reader sees of a text on a page: the shown text, and the marker when it stands in. */
function onPage(shown: ShownText, page: LanguageKey): string {
	const marker = shown.status === 'fallback' ? ` ${t(page)('skill.pendingTranslation')}` : '';
	return shown.plain + marker;
}

/**
 * The texts each kind of block shows on a page, as a reader sees them: headings, paragraphs and
 * list items (tables and code are checked apart). One entry per kind of the registry.
 */
const blockTexts: { [K in BlockKind]: (block: BlockModelOf<K>, key: LanguageKey) => string[] } = {
	paragraph: ({ text }, key) => [onPage(text[key], key)],
	list: ({ items }, key) => items.map((item) => onPage(item[key], key)),
	code: () => [],
	table: () => [],
};

const textsOf = (block: SkillModel['body'][number], key: LanguageKey) =>
	(blockTexts[block.kind] as (block: unknown, key: LanguageKey) => string[])(block, key);

/**
 * Every heading, paragraph and list item of a skill's page in one language, in page order, as
 * the page shows them (a stand-in for a missing translation with its marker).
 * @example
 * pageTexts(loadModel('mlops-engineer'), 'zh')[0] // => '适用场景'
 */
export function pageTexts(skill: SkillModel, key: LanguageKey): string[] {
	return [
		...skill.body.flatMap((block) => textsOf(block, key)),
		...skill.allSections.flatMap((section) => [
			onPage(section.heading[key], key),
			...section.body.flatMap((block) => textsOf(block, key)),
		]),
	];
}
