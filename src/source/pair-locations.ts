import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { languageKeys } from '../i18n/languages';
import type { Block, BlockKind, BlockOf } from '../schema/block';
import type { Located, SourceAt, SourcePoint } from '../schema/pair';
import type { Section, Skill } from '../schema/skill';

// A pair knows where it is written, from the parse of its file: the reports name its line, and
// a page links to it ("Edit this translation"). The checked skill mirrors the source's mapping
// (its sections, bodies and blocks in the order written), so each pair's node is found by walking
// both together; nothing is matched by its text.

/** Where a node of the YAML starts. */
type At = (node: unknown) => SourcePoint | undefined;

/** A child node of a mapping (by key) or a sequence (by index). */
function child(node: unknown, key: string | number): unknown {
	if (typeof key === 'number') return isSeq(node) ? node.items[key] : undefined;
	return isMap(node) ? node.get(key, true) : undefined;
}

/** Records where `pair` is written: its mapping at `node`, and each language's text in it. */
function locate(pair: Located, node: unknown, place: At) {
	const at = place(node);
	if (!at || !isMap(node)) return;
	const texts: SourceAt['texts'] = {};
	for (const key of languageKeys) {
		const text = place(node.get(key, true));
		if (text) texts[key] = text;
	}
	pair.at = { ...at, texts };
}

type Visit<K extends BlockKind> = (block: BlockOf<K>, node: unknown, at: At) => void;

const blocks = (list: Block[], node: unknown, at: At) =>
	list.forEach((block, index) => locateBlock(block, child(node, index), at));

/** Where each kind of block holds its pairs (see the registry in schema/block.ts). */
const visits: { [K in BlockKind]: Visit<K> } = {
	paragraph: (block, node, at) => locate(block.paragraph, child(node, 'paragraph'), at),
	list: (block, node, at) =>
		block.list.forEach((item, index) => {
			const itemNode = child(child(node, 'list'), index);
			locate(item, itemNode, at);
			blocks(item.body ?? [], child(itemNode, 'body'), at);
		}),
	code: (block, node, at) => {
		if (typeof block.code !== 'string') locate(block.code, child(node, 'code'), at);
	},
	table: (block, node, at) => locate(block.table, child(node, 'table'), at),
	quote: (block, node, at) => blocks(block.quote, child(node, 'quote'), at),
	callout: (block, node, at) => blocks(block.callout, child(node, 'callout'), at),
	rule: () => {},
	html: (block, node, at) => {
		if (typeof block.html !== 'string') locate(block.html, child(node, 'html'), at);
	},
};

function locateBlock(block: Block, node: unknown, at: At) {
	(visits[block.kind] as Visit<BlockKind>)(block, node, at);
}

function locateSection(section: Section, node: unknown, at: At) {
	locate(section.heading, child(node, 'heading'), at);
	blocks(section.body, child(node, 'body'), at);
	section.sections.forEach((inner, index) =>
		locateSection(inner, child(child(node, 'sections'), index), at)
	);
}

/**
 * Records on every pair of a checked skill where it is written in `doc`, the YAML it was read
 * from: its mapping's line and column, and each of its texts'. The pairs carry it (`at`) to every
 * view, through the content store too.
 * @example
 * locatePairs(skill, doc, lineCounter); skill.sections[0].heading.at // => { line: 7, column: 7, texts: { en: …, zh: … } }
 */
export function locatePairs(skill: Skill, doc: Document, lineCounter: LineCounter): void {
	const at = (node: unknown): SourcePoint | undefined => {
		const range = (node as Node | undefined)?.range;
		if (!range || !(isMap(node) || isScalar(node))) return undefined;
		const { line, col } = lineCounter.linePos(range[0]);
		return { line, column: col };
	};
	const root = doc.contents;
	for (const key of ['title', 'description', 'category'] as const) {
		const pair = skill[key];
		if (pair) locate(pair, child(root, key), at);
	}
	blocks(skill.body, child(root, 'body'), at);
	skill.sections.forEach((section, index) =>
		locateSection(section, child(child(root, 'sections'), index), at)
	);
}
