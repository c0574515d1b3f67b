import type { ListItem, RootContent } from 'mdast';
import { writeMarkdown } from '../skill-md/write';
import { writtenText } from '../skill-md/written';

/** An item of a list in one language: its first paragraph, and what follows inside the item. */
export interface LangItem {
	text: string;
	line: number;
	checked?: boolean;
	/** Its blocks are apart: a blank line between the first paragraph and what follows. */
	spread: boolean;
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

/** A language name as the source format takes one (schema/block.ts): what fences mostly say. */
const languageName = /^[\w+#.-]+$/;

/**
 * A fence's info string as a code block keeps it: its first word as `lang` when that is a
 * language name, else the whole string as `meta`, which the export writes back as it was.
 * CommonMark allows any first word (`{r}` in R Markdown, `/bin/sh`, `jsx:title=App.jsx`), and
 * none of them names a language a highlighter knows.
 * @example
 * fenceInfo('python', 'title="app.py"') // => { lang: 'python', meta: 'title="app.py"' }
 * fenceInfo('{r}', 'echo=FALSE') // => { meta: '{r} echo=FALSE' }
 */
export function fenceInfo(
	lang: string | null | undefined,
	meta: string | null | undefined
): { lang?: string; meta?: string } {
	if (!lang) return meta ? { meta } : {};
	if (languageName.test(lang)) return { lang, ...(meta ? { meta } : {}) };
	return { meta: meta ? `${lang} ${meta}` : lang };
}

/** Where the blocks are read from: the file's text (the body, whose offsets the tree's places
 * are), and how many quotes are around them. */
export interface BlockContext {
	source?: string | undefined;
	quotes?: number;
}

function itemOf(item: ListItem, context: BlockContext): LangItem {
	const [first, ...rest] = item.children;
	const opens = first?.type === 'paragraph';
	return {
		text: opens ? writtenText(first, context.source, context.quotes) : '',
		line: item.position?.start.line ?? 0,
		...(typeof item.checked === 'boolean' ? { checked: item.checked } : {}),
		spread: Boolean(item.spread),
		body: blocksOf(opens ? rest : item.children, context),
	};
}

/**
 * One language's blocks as the format holds them. A node the format has no kind for (a heading
 * inside a list or quote, a footnote) is kept as its Markdown in an `html` block marked `raw`, so
 * that nothing is lost and the export writes it back as it was.
 * @example
 * blocksOf(parse('---').children) // => [{ kind: 'rule', line: 1 }]
 */
export function blocksOf(nodes: RootContent[], context: BlockContext = {}): LangBlock[] {
	return nodes.map((node): LangBlock => {
		const line = lineOf(node);
		switch (node.type) {
			case 'paragraph':
				return { kind: 'paragraph', line, text: writtenText(node, context.source, context.quotes) };
			case 'list':
				return {
					kind: 'list',
					line,
					ordered: Boolean(node.ordered),
					...(node.ordered && node.start != null && node.start !== 1 ? { start: node.start } : {}),
					// Blank lines between items; those inside an item are the item's `spread`.
					spread: Boolean(node.spread),
					items: node.children.map((item) => itemOf(item, context)),
				};
			case 'code':
				return { kind: 'code', line, code: node.value, ...fenceInfo(node.lang, node.meta) };
			case 'table':
				return { kind: 'table', line, text: writtenText(node, context.source, context.quotes) };
			case 'blockquote':
				return {
					kind: 'quote',
					line,
					blocks: blocksOf(node.children, { ...context, quotes: (context.quotes ?? 0) + 1 }),
				};
			case 'thematicBreak':
				return { kind: 'rule', line };
			case 'html':
				return { kind: 'html', line, text: node.value };
			default:
				return { kind: 'html', line, text: writeMarkdown(node), raw: true };
		}
	});
}
