import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import type { LanguageKey } from '../i18n/languages';
import { textIn, type Pair } from '../schema/pair';
import type { Block, Section, Skill } from '../schema/skill';
import { aliasAnchors, sectionAliases } from '../navigation/aliases';
import { parseText } from './parse';

export interface TreeLabels {
	/** Shown after a text that stands in for a missing translation, in the page's language. */
	pending: string;
}

/** The inline content of a one-paragraph text, or the table of a table text. */
function parsed(markdown: string): RootContent {
	return parseText(markdown).children[0]!;
}

/**
 * One language's side of a pair as phrasing content. A stand-in from the other language is
 * wrapped in `<span lang>` (trusted markup, added after the source was made inert) and flagged.
 */
function phrasing(pair: Pair, key: LanguageKey, labels: TreeLabels): PhrasingContent[] {
	const { text, lang, fallback } = textIn(pair, key);
	const { children } = parsed(text) as { children: PhrasingContent[] };
	if (!fallback) return children;
	return [
		{ type: 'html', value: `<span lang="${lang}">` },
		...children,
		{
			type: 'html',
			value: `</span> <small class="pending-translation" data-pagefind-ignore="all">${labels.pending}</small>`,
		},
	];
}

function block(item: Block, key: LanguageKey, labels: TreeLabels): BlockContent {
	switch (item.kind) {
		case 'paragraph':
			return { type: 'paragraph', children: phrasing(item.text, key, labels) };
		case 'list':
			return {
				type: 'list',
				ordered: item.ordered,
				spread: false,
				children: item.items.map((pair) => ({
					type: 'listItem',
					spread: false,
					children: [{ type: 'paragraph', children: phrasing(pair, key, labels) }],
				})),
			};
		case 'code':
			return { type: 'code', lang: item.lang ?? null, value: item.code };
		case 'table':
			return parsed(textIn(item.table, key).text) as BlockContent;
	}
}

function section(
	node: Section,
	key: LanguageKey,
	labels: TreeLabels,
	aliases: Map<string, string[]>
): RootContent[] {
	const anchors = aliasAnchors(aliases.get(node.id) ?? []);
	return [
		{
			type: 'heading',
			depth: node.depth as 2 | 3 | 4 | 5 | 6,
			data: { id: node.id },
			children: [
				...(anchors ? [{ type: 'html' as const, value: anchors }] : []),
				...phrasing(node.heading, key, labels),
			],
		},
		...node.body.map((item) => block(item, key, labels)),
		...node.sections.flatMap((child) => section(child, key, labels, aliases)),
	];
}

/**
 * A skill in one language as an mdast tree, every heading carrying the section's shared id and
 * anchors for its aliases (see navigation/aliases.ts).
 * @example
 * serialize(skillTree(skill, 'zh', { pending: '尚未翻译' }))
 * // => '## 适用场景 {#use-this-skill-when}\n\n- 处理MLOps工程师相关任务或工作流\n…'
 */
export function skillTree(skill: Skill, key: LanguageKey, labels: TreeLabels): Root {
	const aliases = sectionAliases(skill);
	return {
		type: 'root',
		children: [
			...skill.body.map((item) => block(item, key, labels)),
			...skill.sections.flatMap((child) => section(child, key, labels, aliases)),
		],
	};
}
