import type { List, ListItem, RootContent } from 'mdast';
import { writeInline, writeMarkdown } from '../skill-md/write';

/** An item of a list in one language: its first paragraph, and what follows inside the item. */
export interface LangItem {
	text: string;
	line: number;
	checked?: boolean;
	body: LangBlock[];
}

/** A block of one language's SKILL.md, as the source format has it (see format v2 in README.md). */
export type LangBlock = { line: number } & (
	| { kind: 'paragraph'; text: string }
	| { kind: 'list'; ordered: boolean; start?: number; spread: boolean; items: LangItem[] }
	| { kind: 'code'; code: string; lang?: string; meta?: string }
	| { kind: 'table'; text: string }
	| { kind: 'quote'; blocks: LangBlock[] }
	| { kind: 'rule' }
	| { kind: 'html'; text: string; raw?: true }
);

const lineOf = (node: RootContent) => node.position?.start.line ?? 0;

// A list is loose when the page wraps its items in paragraphs: what mdast-util-to-hast decides
// from the list's and every item's `spread`. The format keeps the outcome, not the blank lines.
const isLoose = (list: List) =>
	Boolean(list.spread) || list.children.some((item) => item.spread ?? item.children.length > 1);

function itemOf(item: ListItem): LangItem {
	const [first, ...rest] = item.children;
	const opens = first?.type === 'paragraph';
	return {
		text: opens ? writeInline(first.children) : '',
		line: item.position?.start.line ?? 0,
		...(typeof item.checked === 'boolean' ? { checked: item.checked } : {}),
		body: blocksOf(opens ? rest : item.children),
	};
}

/**
 * One language's blocks as the format holds them. A node the format has no kind for (a heading
 * inside a list or quote, a footnote) is kept as its Markdown in an `html` block marked `raw`, so
 * that nothing is lost and the export writes it back as it was.
 * @example
 * blocksOf(parse('---').children) // => [{ kind: 'rule', line: 1 }]
 */
export function blocksOf(nodes: RootContent[]): LangBlock[] {
	return nodes.map((node): LangBlock => {
		const line = lineOf(node);
		switch (node.type) {
			case 'paragraph':
				return { kind: 'paragraph', line, text: writeInline(node.children) };
			case 'list':
				return {
					kind: 'list',
					line,
					ordered: Boolean(node.ordered),
					...(node.ordered && node.start != null && node.start !== 1 ? { start: node.start } : {}),
					spread: isLoose(node),
					items: node.children.map(itemOf),
				};
			case 'code':
				return {
					kind: 'code',
					line,
					code: node.value,
					...(node.lang ? { lang: node.lang } : {}),
					...(node.meta ? { meta: node.meta } : {}),
				};
			case 'table':
				return { kind: 'table', line, text: writeMarkdown(node) };
			case 'blockquote':
				return { kind: 'quote', line, blocks: blocksOf(node.children) };
			case 'thematicBreak':
				return { kind: 'rule', line };
			case 'html':
				return { kind: 'html', line, text: node.value };
			default:
				return { kind: 'html', line, text: writeMarkdown(node), raw: true };
		}
	});
}
