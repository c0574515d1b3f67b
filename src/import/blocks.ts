import type { Blockquote, ListItem, RootContent } from 'mdast';
import { parseGfm } from '../markdown/parse';
import { blockKinds, calloutMarker, type BlockKind, type CalloutType } from '../schema/block';
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

/** What each kind of block holds in one language's SKILL.md (see format v2 in README.md): one
 * entry per kind of the registry (schema/block.ts), which the type checker asks for. */
interface LangShapes {
	paragraph: { text: string };
	list: { ordered: boolean; start?: number; spread: boolean; items: LangItem[] };
	code: { code: string; lang?: string; meta?: string };
	table: { text: string };
	quote: { blocks: LangBlock[] };
	callout: { type: CalloutType; blocks: LangBlock[] };
	rule: Record<never, never>;
	html: { text: string; raw?: true };
}

/** A block of one language's SKILL.md, as the source format has it, and its line. */
export type LangBlock = { [K in BlockKind]: { kind: K; line: number } & LangShapes[K] }[BlockKind];
export type LangBlockOf<K extends BlockKind> = Extract<LangBlock, { kind: K }>;

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
function fenceInfo(
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
 * A blockquote that opens with GitHub's callout marker. The marker is on a line of its own, and
 * the callout's first block on the next line (in the marker's paragraph, or one that interrupts
 * it): written so, the export gives back the same lines. Any other blockquote is a quote, and so
 * is one whose marker's paragraph goes on with lines that would not read as a paragraph without
 * the marker (`4. four`, which could not interrupt it): a source holds no such paragraph (the
 * site would refuse the import's own output), and as a quote the file is written back as it was.
 */
function calloutOf(node: Blockquote, context: BlockContext): LangShapes['callout'] | undefined {
	const [first, next] = node.children;
	if (first?.type !== 'paragraph') return undefined;
	const inner = { ...context, quotes: (context.quotes ?? 0) + 1 };
	const text = writtenText(first, context.source, inner.quotes);
	const marker = calloutMarker.exec(text);
	if (!marker) return undefined;
	const type = marker[1]!.toLowerCase() as CalloutType;
	const rest = text.slice(marker[0].length);
	if (rest !== '') {
		const alone = parseGfm(rest).children;
		if (alone.length !== 1 || alone[0]!.type !== 'paragraph') return undefined;
		const after = blocksOf(node.children.slice(1), inner);
		return { type, blocks: [{ kind: 'paragraph', line: lineOf(first) + 1, text: rest }, ...after] };
	}
	const after = blocksOf(node.children.slice(1), inner);
	const tight = next && lineOf(next) === (first.position?.end.line ?? 0) + 1;
	// A rule there (`***`) is one a callout may not open with (schema/block.ts): the export would
	// underline the marker into a heading. As a quote, the file is written back as it reads.
	return tight && after[0]?.kind !== 'rule' ? { type, blocks: after } : undefined;
}

type Read<K extends BlockKind> = (
	node: RootContent,
	context: BlockContext
) => LangShapes[K] | undefined;

/**
 * How each kind of block is read from Markdown (one entry per kind of the registry): its shape,
 * or none when the node is another kind's. Kinds are tried in the registry's order; `html` reads
 * HTML, and keeps any node the format has no kind for (a heading inside a list or quote, a
 * footnote) as its Markdown, marked `raw`, so that nothing is lost and the export writes it back
 * as it was.
 */
const readers: { [K in BlockKind]: Read<K> } = {
	paragraph: (node, context) =>
		node.type === 'paragraph'
			? { text: writtenText(node, context.source, context.quotes) }
			: undefined,
	list: (node, context) =>
		node.type === 'list'
			? {
					ordered: Boolean(node.ordered),
					...(node.ordered && node.start != null && node.start !== 1 ? { start: node.start } : {}),
					// Blank lines between items; those inside an item are the item's `spread`.
					spread: Boolean(node.spread),
					items: node.children.map((item) => itemOf(item, context)),
				}
			: undefined,
	code: (node) =>
		node.type === 'code' ? { code: node.value, ...fenceInfo(node.lang, node.meta) } : undefined,
	table: (node, context) =>
		node.type === 'table' ? { text: writtenText(node, context.source, context.quotes) } : undefined,
	quote: (node, context) =>
		node.type === 'blockquote' && !calloutOf(node, context)
			? { blocks: blocksOf(node.children, { ...context, quotes: (context.quotes ?? 0) + 1 }) }
			: undefined,
	callout: (node, context) => (node.type === 'blockquote' ? calloutOf(node, context) : undefined),
	rule: (node) => (node.type === 'thematicBreak' ? {} : undefined),
	html: (node) =>
		node.type === 'html' ? { text: node.value } : { text: writeMarkdown(node), raw: true },
};

/** The kinds in the order they are tried: `html` last, as it takes what no other kind does. */
const readOrder = [...blockKinds.filter((kind) => kind !== 'html'), 'html' as const];

/**
 * One language's blocks as the format holds them, each read by its kind's reader (see `readers`).
 * @example
 * blocksOf(parse('---').children) // => [{ kind: 'rule', line: 1 }]
 */
export function blocksOf(nodes: RootContent[], context: BlockContext = {}): LangBlock[] {
	return nodes.map((node): LangBlock => {
		for (const kind of readOrder) {
			const shape = (readers[kind] as Read<BlockKind>)(node, context);
			if (shape) return { kind, line: lineOf(node), ...shape } as LangBlock;
		}
		throw new Error(`No kind of block reads a Markdown ${node.type}.`);
	});
}
