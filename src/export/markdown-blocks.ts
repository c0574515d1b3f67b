import type { LanguageKey } from '../i18n/languages';
import type { BlockModel, BlockModelOf, ItemModel } from '../model/blocks';
import { maxListStart, type BlockKind } from '../schema/block';

// A source's texts are Markdown as the SKILL.md wrote them (the importer keeps each text as
// written: skill-md/written.ts), so the file is put together from them as they are, with the
// markers, indents, fences and blank lines the blocks around them need: a text is never parsed or
// rewritten, only escaped where its place would read it otherwise (a trailing `#` in a heading,
// a `[ ]` opening a list item). Each text is the one the pages show in that language (the model
// decides it: model/shown.ts), so an untranslated one is there in the other language.

/** Each line after the first indented by `width` spaces, as a list item's content must be. */
const indent = (text: string, width: number) =>
	text.replace(/\n(?=[^\n])/g, `\n${' '.repeat(width)}`);

/** A fence of backticks, or of tildes when the info string holds a backtick (a backtick fence's
 * cannot), longer than any run of its character in the code, and at least three long. */
function fenced(code: string, info: string): string {
	const mark = info.includes('`') ? '~' : '`';
	const runs = [...code.matchAll(mark === '`' ? /`+/g : /~+/g)].map(([run]) => run.length);
	const fence = mark.repeat(Math.max(2, ...runs) + 1);
	return code === '' ? `${fence}${info}\n${fence}` : `${fence}${info}\n${code}\n${fence}`;
}

/** List markers: a list right after another of its kind takes the other one, or they would merge. */
const markers = { bullet: ['-', '*'], ordered: ['.', ')'] } as const;

/** `[ ]` or `[x]` opening an item's text makes it a task: an item that is none says it as text. */
const taskLike = /^\[[ xX]\](?=[ \t]|$)/;

/**
 * Whether two blocks of a tight list item can follow each other on the next line and still read as
 * two blocks: a paragraph is ended by code, a quote or a list that may interrupt it, and nothing
 * is drawn into a fenced code block or a rule. Everything else needs a blank line (a paragraph
 * would run on; a line after a quote, a table or HTML would join it).
 */
function joinsTight(left: BlockKind, right: BlockModel, key: LanguageKey): boolean {
	if (left === 'code' || left === 'rule') return true;
	if (left === 'list' && right.kind === 'list') return true;
	if (left !== 'paragraph') return false;
	if (right.kind === 'code' || right.kind === 'quote' || right.kind === 'callout') return true;
	if (right.kind !== 'list' || (right.ordered && (right.start ?? 1) !== 1)) return false;
	const [first] = right.items;
	return Boolean(first && (first.text[key].markdown !== '' || first.body.length));
}

/** Lines quoted with `>`, as a blockquote holds them. */
const quoted = (text: string) =>
	text
		.split('\n')
		.map((line) => (line === '' ? '>' : `> ${line}`))
		.join('\n');

type Write<K extends BlockKind> = (
	block: BlockModelOf<K>,
	key: LanguageKey,
	other: boolean
) => string;

function item(entry: ItemModel, marker: string, key: LanguageKey): string {
	const written = entry.text[key].markdown;
	const box = entry.checked === undefined ? '' : `[${entry.checked ? 'x' : ' '}] `;
	const text = box + (entry.checked === undefined ? written.replace(taskLike, '\\$&') : written);
	let content = text;
	entry.body.forEach((inner, index) => {
		const before = entry.body[index - 1];
		const written = blockText(inner, key, before);
		if (content === '') return void (content = written);
		const tight = !entry.spread && joinsTight(before?.kind ?? 'paragraph', inner, key);
		content = `${content}${tight ? '\n' : '\n\n'}${written}`;
	});
	return content === '' ? marker : `${marker} ${indent(content, marker.length + 1)}`;
}

/** The SKILL.md writer of each kind of block (see the registry in schema/block.ts). */
const writers: { [K in BlockKind]: Write<K> } = {
	paragraph: (block, key) => block.text[key].markdown,
	table: (block, key) => block.table[key].markdown,
	code: (block, key) =>
		fenced(block.text[key].text, [block.syntax, block.meta].filter(Boolean).join(' ')),
	quote: (block, key) => quoted(blocks(block.blocks, key)),
	// GitHub's marker on its own line, its first block on the next, as the importer reads one.
	callout: (block, key) =>
		quoted(`[!${block.type.toUpperCase()}]\n${blocks(block.blocks, key)}`),
	rule: () => '---',
	html: (block, key) => block.text[key].text,
	list: (block, key, other) =>
		block.items
			.map((entry, index) => {
				// Each item's number as written; past nine digits Markdown reads none, and only the
				// first item's number counts.
				const number = (block.start ?? 1) + index;
				const marker = block.ordered
					? `${number > maxListStart ? (block.start ?? 1) : number}${markers.ordered[other ? 1 : 0]}`
					: markers.bullet[other ? 1 : 0];
				return item(entry, marker, key);
			})
			.join(block.apart ? '\n\n' : '\n'),
};

/** One block in one language; `before` is the block it follows, if any, in the same container. */
function blockText(block: BlockModel, key: LanguageKey, before: BlockModel | undefined): string {
	// Two lists in a row of the same kind are told apart by their markers.
	const other =
		block.kind === 'list' && before?.kind === 'list' && before.ordered === block.ordered;
	return (writers[block.kind] as Write<BlockKind>)(block, key, other);
}

/**
 * Blocks one after the other, a blank line apart, in one language, as a SKILL.md writes them.
 * @example
 * blocks([blockModel({ kind: 'rule', rule: true })], 'en') // => '---'
 */
export function blocks(items: readonly BlockModel[], key: LanguageKey): string {
	return items
		.map((block, index) => blockText(block, key, items[index - 1]))
		.filter((text) => text !== '')
		.join('\n\n');
}
