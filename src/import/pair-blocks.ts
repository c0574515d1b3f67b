import type { LangBlock, LangBlockOf, LangItem } from './blocks';
import type { BlockKind } from '../schema/block';
import { blockText } from './align/block-similarity';
import { blockLikeness, itemLikeness } from './align/block-likeness';
import { alignJudged } from './align/judged';
import { original, translation, type Located, type Pairing } from './align/pairing';
import type { Step } from './align/sequence';
import type { SourceBlock, SourceItem, SourcePair } from './source-shape';
import { rawSource } from '../schema/pair';
import { languageKeys } from '../i18n/languages';

/** A pair of raw texts (code, HTML) as a source writes it (see `rawSource`). */
const rawPair = (pair: SourcePair): SourcePair =>
	Object.fromEntries(
		Object.entries(pair).map(([key, value]) => [
			key,
			(languageKeys as readonly string[]).includes(key) && typeof value === 'string'
				? rawSource(value)
				: value,
		])
	) as SourcePair;

/** Walks an alignment: each element of the original with its translation (none when it has
 * none, or when the pair was unsure: then `doubted` is the translation it might have), and each
 * translation alone that no unsure pair holds. */
function walk<A, B>(
	{ steps, unsure }: { steps: Step[]; unsure: Required<Step>[] },
	source: readonly A[],
	target: readonly B[],
	paired: (a: A, b: B | undefined, doubted: B | undefined) => void,
	alone: (b: B) => void
) {
	const doubted = new Map(unsure.map(({ a, b }) => [a, target[b]!]));
	const held = new Set(unsure.map(({ b }) => b));
	for (const { a, b } of steps) {
		if (a !== undefined)
			paired(source[a]!, b === undefined ? undefined : target[b], doubted.get(a));
		else if (!held.has(b!)) alone(target[b!]!);
	}
}

/**
 * Pairs the blocks of an original with those of its translation, in order: blocks of the same
 * kind pair where the evidence is sure of them, or where their place is sure (between sure pairs,
 * or filling a container that is itself a sure pair: `edges`); their lists' items and quotes'
 * blocks likewise. The rest stay in one language, and the pairing counts them, the pairs it was
 * unsure of with both texts.
 * @example
 * pairBlocks([{ kind: 'paragraph', text: 'Hi', line: 1 }], [{ kind: 'paragraph', text: '你好', line: 1 }], pairing)
 * // => [{ paragraph: { en: 'Hi', zh: '你好' } }]
 */
export function pairBlocks(
	source: LangBlock[],
	target: LangBlock[],
	pairing: Pairing,
	edges = true
): SourceBlock[] {
	const like = (x: LangBlock, y: LangBlock) => blockLikeness(pairing.evidence, x, y);
	const blocks: SourceBlock[] = [];
	walk(
		alignJudged(source, target, like, { edges }),
		source,
		target,
		(a, b, doubted) => blocks.push(pairBlock(a, b, pairing, doubted)),
		(b) => translationOnlyBlock(b, pairing)
	);
	return blocks;
}

function pairItems(source: LangItem[], target: LangItem[], pairing: Pairing): SourceItem[] {
	const like = (x: LangItem, y: LangItem) => itemLikeness(pairing.evidence, x, y);
	const items: SourceItem[] = [];
	walk(
		alignJudged(source, target, like, { edges: true, position: 0.3 }),
		source,
		target,
		(a, b, doubted) => items.push(pairItem(a, b, pairing, doubted)),
		(b) => translationOnlyItem(b, pairing)
	);
	return items;
}

function pairItem(
	source: LangItem,
	target: LangItem | undefined,
	pairing: Pairing,
	doubted: LangItem | undefined
): SourceItem {
	const pair =
		source.text === '' && (target === undefined || target.text === '')
			? { [original]: '', [translation]: '' }
			: pairing.pair('list item', source, target, doubted);
	// What an unsure item holds is its own text: the translation's is listed as such.
	doubted?.body.forEach((inner) => translationOnlyBlock(inner, pairing));
	keepOriginal('list item', source, target, pairing, {
		task: ({ checked }) => (checked === undefined ? 'none' : checked ? 'done' : 'to do'),
	});
	const body = pairBlocks(source.body, target?.body ?? [], pairing);
	return {
		...pair,
		...(source.checked === undefined ? {} : { checked: source.checked }),
		...(source.spread ? { spread: true as const } : {}),
		...(body.length > 0 ? { body } : {}),
	};
}

/** A container the pairing was unsure of: reported once, its translation's texts listed. */
function doubtedContainer(what: string, source: LangBlock, doubted: LangBlock, pairing: Pairing) {
	const located = (block: LangBlock): Located => ({ text: blockText(block), line: block.line });
	pairing.unsure(what, located(source), located(doubted));
	translationOnlyBlock(doubted, pairing);
}

/** Reports each field the format holds once for both languages that the translation's block
 * gives otherwise: the original's is what the source keeps. */
function keepOriginal<B extends { line: number }>(
	what: string,
	source: B,
	target: B | undefined,
	pairing: Pairing,
	fields: Record<string, (block: B) => string>
) {
	if (!target) return;
	for (const [field, said] of Object.entries(fields)) {
		const [kept, other] = [said(source), said(target)];
		if (kept !== other) pairing.differs(what, target.line, field, kept, other);
	}
}

type Pair<K extends BlockKind> = (
	source: LangBlockOf<K>,
	target: LangBlockOf<K> | undefined,
	pairing: Pairing,
	doubted: LangBlockOf<K> | undefined
) => SourceBlock;

/** Pairs a container's blocks (a quote's, a callout's); one the pairing was unsure of is reported. */
type Container = LangBlockOf<'quote'> | LangBlockOf<'callout'>;
const pairInner = (
	what: string,
	source: Container,
	target: Container | undefined,
	pairing: Pairing,
	doubted: Container | undefined
) => {
	if (doubted) doubtedContainer(what, source, doubted, pairing);
	return pairBlocks(source.blocks, target?.blocks ?? [], pairing);
};

/** Pairs code or an HTML block by its text (`textOf`): one shared copy where the two are equal.
 * The translation is placed at the original's line, as the report lists a pair. */
function pairRaw<B extends LangBlock>(
	what: string,
	textOf: (block: B) => string,
	[source, target, doubted]: [B, B | undefined, B | undefined],
	pairing: Pairing
) {
	const text = textOf(source);
	if (target && textOf(target) === text) {
		pairing.tally.paired++;
		return { shared: rawSource(text) };
	}
	const at = (block: B, line = source.line) => ({ text: textOf(block), line });
	const pair = pairing.pair(
		what,
		at(source),
		target && at(target),
		doubted && at(doubted, doubted.line),
		{ raw: true }
	);
	return { pair };
}

/**
 * How a block of the original is paired with its translation, when it has one (of its kind), or
 * with the translation it might have had (`doubted`): one entry per kind of the registry.
 */
const pairers: { [K in BlockKind]: Pair<K> } = {
	paragraph: (source, target, pairing, doubted) => ({
		paragraph: pairing.pair('paragraph', source, target, doubted),
	}),
	table: (source, target, pairing, doubted) => ({
		table: pairing.pair('table', source, target, doubted),
	}),
	list: (source, target, pairing, doubted) => {
		if (doubted) doubtedContainer('list', source, doubted, pairing);
		keepOriginal('list', source, target, pairing, {
			numbering: ({ ordered, start }) => (ordered ? `numbered from ${start ?? 1}` : 'bulleted'),
		});
		return {
			list: pairItems(source.items, target?.items ?? [], pairing),
			...(source.ordered ? { ordered: true as const } : {}),
			...(source.start === undefined ? {} : { start: source.start }),
			...(source.spread ? { spread: true as const } : {}),
		};
	},
	code: (source, target, pairing, doubted) => {
		keepOriginal('code block', source, target, pairing, {
			language: ({ lang }) => lang ?? 'none',
			'info line': ({ meta }) => meta ?? 'none',
		});
		const options = {
			...(source.lang ? { lang: source.lang } : {}),
			...(source.meta ? { meta: source.meta } : {}),
		};
		const blocks = [source, target, doubted] as [typeof source, typeof target, typeof doubted];
		const { shared, pair } = pairRaw('code block', (block) => block.code, blocks, pairing);
		// Code nobody translated is the same in both languages: one shared copy.
		const code = shared ?? (pair!.untranslated ? rawSource(source.code) : rawPair(pair!));
		return { code, ...options };
	},
	html: (source, target, pairing, doubted) => {
		if (source.raw) pairing.raw({ text: source.text, line: source.line });
		const blocks = [source, target, doubted] as [typeof source, typeof target, typeof doubted];
		const { shared, pair } = pairRaw('HTML block', (block) => block.text, blocks, pairing);
		return { html: shared ?? rawPair(pair!) };
	},
	quote: (source, target, pairing, doubted) => ({
		quote: pairInner('quote', source, target, pairing, doubted),
	}),
	callout: (source, target, pairing, doubted) => {
		keepOriginal('callout', source, target, pairing, { type: ({ type }) => type });
		return {
			callout: pairInner('callout', source, target, pairing, doubted),
			...(source.type === 'note' ? {} : { type: source.type }),
		};
	},
	rule: () => ({ rule: true }),
};

/** A block of the original with its translation (the kinds are equal then), or the one it might
 * have had (`doubted`). */
function pairBlock(
	source: LangBlock,
	target: LangBlock | undefined,
	pairing: Pairing,
	doubted?: LangBlock
): SourceBlock {
	return (pairers[source.kind] as Pair<BlockKind>)(source, target, pairing, doubted);
}

/** What a block of the translation alone lists (one entry per kind of the registry). */
const alone: { [K in BlockKind]: (block: LangBlockOf<K>, pairing: Pairing) => void } = {
	paragraph: (block, pairing) => pairing.translationOnly('paragraph', block),
	table: (block, pairing) => pairing.translationOnly('table', block),
	code: (block, pairing) =>
		pairing.translationOnly('code block', { text: block.code, line: block.line }),
	html: (block, pairing) =>
		pairing.translationOnly('HTML block', { text: block.text, line: block.line }),
	list: (block, pairing) => block.items.forEach((item) => translationOnlyItem(item, pairing)),
	quote: (block, pairing) => block.blocks.forEach((inner) => translationOnlyBlock(inner, pairing)),
	callout: (block, pairing) =>
		block.blocks.forEach((inner) => translationOnlyBlock(inner, pairing)),
	rule: () => {},
};

/** Lists every text of a block the original does not have. */
export function translationOnlyBlock(block: LangBlock, pairing: Pairing): void {
	(alone[block.kind] as (block: LangBlock, pairing: Pairing) => void)(block, pairing);
}

function translationOnlyItem(item: LangItem, pairing: Pairing): void {
	if (item.text !== '') pairing.translationOnly('list item', item);
	item.body.forEach((inner) => translationOnlyBlock(inner, pairing));
}
