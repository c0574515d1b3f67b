import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { LanguageKey } from '../i18n/languages';
import { t } from '../i18n/ui';
import type { BlockKind } from '../schema/block';
import type { BlockModel, BlockModelOf } from '../model/blocks';
import type { ShownPair, ShownText } from '../model/shown';
import type { SectionModel, SkillModel } from '../model/skill-model';
import { aliasAnchors } from './anchors';
import {
	isMarked,
	markedBlocks,
	markedPhrasing,
	sectionNote,
	type FreshnessLabels,
} from './freshness-marks';

export interface TreeLabels extends FreshnessLabels {
	/** Shown with a text that stands in for a missing translation, in the page's language. */
	pending: string;
	/** The anchor of a text's pair (the skill model's), to name what a mark opens. */
	anchorOf?: (shown: ShownText) => string;
}

/**
 * The words a page of one language adds to the source's texts, in that language.
 * @example
 * treeLabels('zh').pending // => '尚未翻译'
 */
export function treeLabels(key: LanguageKey): TreeLabels {
	const ui = t(key);
	return {
		pending: ui('skill.pendingTranslation'),
		outdated: ui('freshness.outdated'),
		machine: ui('freshness.machine'),
		originalNow: ui('freshness.originalNow'),
		original: ui('freshness.original'),
		sectionOutdated: ui('freshness.section.outdated'),
		sectionMachine: ui('freshness.section.machine'),
	};
}

/** The id of the popover that shows a marked text's original. */
const originalId = (shown: ShownText, labels: TreeLabels) =>
	`${labels.anchorOf?.(shown) ?? 'pair'}.${shown.original?.key}`;

const html = (value: string) => ({ type: 'html' as const, value });
const marker = (labels: TreeLabels) =>
	`<small class="pending-translation">${labels.pending}</small>`;

/**
 * One language's side of a pair as phrasing content. A stand-in from the other language is
 * wrapped in `<span lang>` (trusted markup, added after the source was made inert) and marked.
 */
function phrasing(shown: ShownText, labels: TreeLabels): PhrasingContent[] {
	const [paragraph] = shown.tree.children;
	const children = paragraph?.type === 'paragraph' ? paragraph.children : [];
	if (isMarked(shown)) return markedPhrasing(shown, children, originalId(shown, labels), labels);
	if (shown.status === 'translated') return children;
	return [html(`<span lang="${shown.lang}">`), ...children, html(`</span> ${marker(labels)}`)];
}

/**
 * A block-level text (a table) in one language. A stand-in from the other language is marked
 * before it (after it, a reader would meet the note only past the whole table) and wrapped in a
 * `<div lang>`.
 */
function blocks(shown: ShownText, labels: TreeLabels): RootContent[] {
	const content = shown.tree.children;
	if (isMarked(shown)) return markedBlocks(shown, content, originalId(shown, labels), labels);
	if (shown.status === 'translated') return content;
	return [
		html(`<p class="pending-block">${marker(labels)}</p>`),
		html(`<div lang="${shown.lang}">`),
		...content,
		html('</div>'),
	];
}

type Render<K extends BlockKind> = (
	block: BlockModelOf<K>,
	key: LanguageKey,
	labels: TreeLabels
) => RootContent[];

/** The page renderer of each kind of block (see the registry in schema/block.ts). */
const renderers: { [K in BlockKind]: Render<K> } = {
	paragraph: ({ text }, key, labels) => [
		{ type: 'paragraph', children: phrasing(text[key], labels) },
	],
	list: ({ items, ordered }, key, labels) => [
		{
			type: 'list',
			ordered,
			spread: false,
			children: items.map((item: ShownPair) => ({
				type: 'listItem',
				spread: false,
				children: [{ type: 'paragraph', children: phrasing(item[key], labels) }],
			})),
		},
	],
	code: ({ code, lang }) => [{ type: 'code', lang: lang ?? null, value: code }],
	table: ({ table }, key, labels) => blocks(table[key], labels),
};

function block(item: BlockModel, key: LanguageKey, labels: TreeLabels): RootContent[] {
	return (renderers[item.kind] as Render<BlockKind>)(item, key, labels);
}

function heading(section: SectionModel, key: LanguageKey, labels: TreeLabels): RootContent {
	const anchors = aliasAnchors(section.aliases);
	return {
		type: 'heading',
		depth: section.depth as 2 | 3 | 4 | 5 | 6,
		data: { id: section.id },
		children: [...(anchors ? [html(anchors)] : []), ...phrasing(section.heading[key], labels)],
	};
}

/**
 * A skill in one language as an mdast tree, every heading carrying the section's shared id and
 * anchors for its aliases.
 * @example
 * serialize(pageTree(skillModel(skill), 'zh', treeLabels('zh')))
 * // => '## 适用场景 {#use-this-skill-when}\n\n- 处理MLOps工程师相关任务或工作流\n…'
 */
export function pageTree(skill: SkillModel, key: LanguageKey, strings: TreeLabels): Root {
	const labels = { ...strings, anchorOf: (shown: ShownText) => skill.anchors.get(shown)! };
	return {
		type: 'root',
		children: [
			...skill.body.flatMap((item) => block(item, key, labels)),
			...skill.allSections.flatMap((section) => [
				heading(section, key, labels),
				...sectionNote(section, key, labels),
				...section.body.flatMap((item) => block(item, key, labels)),
			]),
		],
	};
}
