import type { BlockContent, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { languageKeys, type LanguageKey } from '../i18n/languages';
import { t } from '../i18n/ui';
import { describeFinding } from '../checks/describe';
import type { BlockKind } from '../schema/block';
import type { BlockModel, BlockModelOf, ItemModel } from '../model/blocks';
import type { ShownText } from '../model/shown';
import type { SectionModel, SkillModel } from '../model/skill-model';
import { aliasAnchors } from './anchors';
import {
	isMarked,
	markedBlocks,
	markedPhrasing,
	reviewedCodeId,
	sectionNote,
	type FreshnessLabels,
} from './freshness-marks';

export interface TreeLabels extends FreshnessLabels {
	/** Shown with a text that stands in for a missing translation, in the page's language. */
	pending: string;
	/** The anchor of a text's pair (the skill model's), to name what a mark opens. */
	anchorOf?: (shown: ShownText) => string;
	/** The names of a task's box, done and not done, in the page's language. */
	taskDone: string;
	taskOpen: string;
	/** A new id for a mark's popover on a block of code, unique on the page. */
	codeId: () => string;
	/** A text as HTML, where the tree is drawn to HTML (page-html.ts): the text is then that HTML,
	 * made once for all of a skill's views (text-html.ts), rather than its Markdown's nodes. */
	textHtml?: (shown: ShownText, block: boolean) => string;
}

/**
 * The words a page adds to a skill's text, in the page's language.
 * @example
 * pageLabels('zh').pending // => '尚未翻译'
 */
export function pageLabels(key: LanguageKey): Omit<TreeLabels, 'codeId'> {
	const ui = t(key);
	return {
		pending: ui('skill.pendingTranslation'),
		taskDone: ui('skill.taskDone'),
		taskOpen: ui('skill.taskOpen'),
		outdated: ui('freshness.outdated'),
		machine: ui('freshness.machine'),
		review: ui('freshness.review'),
		reviewIntro: ui('freshness.reviewIntro'),
		findings: (shown) => (shown.findings ?? []).map((finding) => describeFinding(finding, key)),
		originalNow: ui('freshness.originalNow'),
		original: ui('freshness.original'),
		sectionOutdated: ui('freshness.section.outdated'),
		sectionMachine: ui('freshness.section.machine'),
		sectionReview: ui('freshness.section.review'),
	};
}

/** The id of the popover that shows a marked text's original. */
const originalId = (shown: ShownText, labels: TreeLabels) =>
	`${labels.anchorOf?.(shown) ?? 'pair'}.${shown.original?.key}`;

const html = (value: string) => ({ type: 'html' as const, value });
const marker = (labels: TreeLabels) =>
	`<small class="pending-translation" data-pagefind-ignore="all">${labels.pending}</small>`;

/** A text's own phrasing: its HTML where the page is drawn to HTML, else its Markdown's nodes. */
function ownPhrasing(shown: ShownText, labels: TreeLabels): PhrasingContent[] {
	if (labels.textHtml) return [html(labels.textHtml(shown, false))];
	const [paragraph] = shown.tree.children;
	return paragraph?.type === 'paragraph' ? paragraph.children : [];
}

/** A text of blocks (a table): its HTML where the page is drawn to HTML, else its nodes. */
const ownBlocks = (shown: ShownText, labels: TreeLabels): RootContent[] =>
	labels.textHtml ? [html(labels.textHtml(shown, true))] : shown.tree.children;

/**
 * One language's side of a pair as phrasing content. A stand-in from the other language is
 * wrapped in `<span lang>` (trusted markup, added after the source was made inert) and marked.
 */
function phrasing(shown: ShownText, labels: TreeLabels): PhrasingContent[] {
	const children = ownPhrasing(shown, labels);
	if (isMarked(shown)) {
		const original = ownPhrasing(shown.original, labels);
		return markedPhrasing(shown, children, original, originalId(shown, labels), labels);
	}
	if (shown.status !== 'fallback') return children;
	return [html(`<span lang="${shown.lang}">`), ...children, html(`</span> ${marker(labels)}`)];
}

/**
 * Block content in one language. A stand-in from the other language is marked before it (after
 * it, a reader would meet the note only past a whole table or code block) and wrapped in a
 * `<div lang>`.
 */
function standIn(
	shown: { lang: string; status: ShownText['status'] },
	content: RootContent[],
	labels: TreeLabels
): RootContent[] {
	// Code and HTML blocks are not marked when outdated: only texts carry the original to show.
	if (shown.status !== 'fallback') return content;
	return [
		html(`<p class="pending-block">${marker(labels)}</p>`),
		html(`<div lang="${shown.lang}">`),
		...content,
		html('</div>'),
	];
}

/** A block of code in one language, coloured when the page is drawn (page-code.ts). */
const code = (text: string, syntax: string | undefined, meta?: string): RootContent[] => [
	{ type: 'code', lang: syntax ?? null, meta: meta ?? null, value: text },
];

type Render<K extends BlockKind> = (
	block: BlockModelOf<K>,
	key: LanguageKey,
	labels: TreeLabels
) => RootContent[];

/** A task's box, named, since nothing labels it (remark's own box has no name). */
const taskBox = (checked: boolean, labels: TreeLabels) =>
	html(
		`<input type="checkbox" class="task-box" disabled${checked ? ' checked' : ''} aria-label="${checked ? labels.taskDone : labels.taskOpen}"> `
	);

const listItem = (
	item: ItemModel,
	key: LanguageKey,
	labels: TreeLabels,
	spread: boolean
): ListItem => {
	const text = [
		...(item.checked === undefined ? [] : [taskBox(item.checked, labels)]),
		...phrasing(item.text[key], labels),
	];
	return {
		type: 'listItem',
		spread,
		children: [
			...(text.length ? [{ type: 'paragraph' as const, children: text }] : []),
			...(item.body.flatMap((child) => block(child, key, labels)) as BlockContent[]),
		],
	};
};

/** The page renderer of each kind of block (see the registry in schema/block.ts). */
const renderers: { [K in BlockKind]: Render<K> } = {
	paragraph: ({ text }, key, labels) => [
		{ type: 'paragraph', children: phrasing(text[key], labels) },
	],
	list: ({ items, ordered, start, spread }, key, labels) => [
		{
			type: 'list',
			ordered,
			start: start ?? null,
			spread,
			children: items.map((item) => listItem(item, key, labels, spread)),
		},
	],
	code: ({ text, syntax, meta }, key, labels) => {
		const shown = text[key];
		const content = code(shown.text, syntax, meta);
		if (shown.status !== 'review') return standIn(shown, content, labels);
		// A translation's code the checks flag: marked, with the original's code in the popover.
		const original = text[languageKeys[0]];
		const mark = { ...shown, status: 'review' as const, original };
		return markedBlocks(mark, content, code(original.text, syntax, meta), labels.codeId(), labels);
	},
	table: ({ table }, key, labels) =>
		isMarked(table[key])
			? markedBlocks(
					table[key],
					ownBlocks(table[key], labels),
					ownBlocks(table[key].original, labels),
					originalId(table[key], labels),
					labels
				)
			: standIn(table[key], ownBlocks(table[key], labels), labels),
	quote: ({ blocks }, key, labels) => [
		{
			type: 'blockquote',
			children: blocks.flatMap((child) => block(child, key, labels)) as BlockContent[],
		},
	],
	rule: () => [{ type: 'thematicBreak' }],
	// Shown as the text it is, never as markup: a code block of HTML.
	html: ({ text }, key, labels) => standIn(text[key], code(text[key].text, 'html'), labels),
};

function block(item: BlockModel, key: LanguageKey, labels: TreeLabels): RootContent[] {
	return (renderers[item.kind] as Render<BlockKind>)(item, key, labels);
}

function heading(section: SectionModel, key: LanguageKey, labels: TreeLabels): RootContent {
	const anchors = aliasAnchors(section.aliases);
	return {
		type: 'heading',
		depth: section.depth as 2 | 3 | 4 | 5 | 6,
		// Every language's heading has the section's id, so links and language switches land alike.
		data: { hProperties: { id: section.id } },
		children: [...(anchors ? [html(anchors)] : []), ...phrasing(section.heading[key], labels)],
	};
}

/**
 * A skill in one language as an mdast tree, every heading carrying the section's shared id and
 * anchors for its aliases; page-html.ts draws it.
 * @example
 * toHast(pageTree(skillModel(skill), 'zh', pageLabels('zh')), { allowDangerousHtml: true })
 * // => root > [p, ul, div.sl-heading-wrapper…] with <h2 id="use-this-skill-when">适用场景</h2>
 */
export function pageTree(
	skill: SkillModel,
	key: LanguageKey,
	strings: Omit<TreeLabels, 'codeId'>
): Root {
	let codes = 0;
	const labels: TreeLabels = {
		...strings,
		anchorOf: (shown: ShownText) => skill.anchors.get(shown)!,
		codeId: () => reviewedCodeId(++codes),
	};
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
