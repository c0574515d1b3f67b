import type { LangBlock, LangItem } from './blocks';
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
			(languageKeys as string[]).includes(key) && typeof value === 'string'
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

/** A block of the original with its translation, if it has one (the kinds are equal then), or
 * the translation it might have had (`doubted`). */
function pairBlock(
	source: LangBlock,
	target: LangBlock | undefined,
	pairing: Pairing,
	doubted?: LangBlock
): SourceBlock {
	const at = (text: string, line = source.line) => ({ text, line });
	switch (source.kind) {
		case 'paragraph':
		case 'table': {
			const [other, maybe] = [target, doubted] as (typeof source | undefined)[];
			const pair = pairing.pair(source.kind, source, other, maybe);
			return source.kind === 'paragraph' ? { paragraph: pair } : { table: pair };
		}
		case 'list': {
			const other = target as typeof source | undefined;
			if (doubted) doubtedContainer('list', source, doubted, pairing);
			return {
				list: pairItems(source.items, other?.items ?? [], pairing),
				...(source.ordered ? { ordered: true as const } : {}),
				...(source.start === undefined ? {} : { start: source.start }),
				...(source.spread ? { spread: true as const } : {}),
			};
		}
		case 'code': {
			const [other, maybe] = [target, doubted] as (typeof source | undefined)[];
			const options = {
				...(source.lang ? { lang: source.lang } : {}),
				...(source.meta ? { meta: source.meta } : {}),
			};
			if (other?.code === source.code) {
				pairing.tally.paired++;
				return { code: rawSource(source.code), ...options };
			}
			const pair = pairing.pair(
				'code block',
				at(source.code),
				other && at(other.code),
				maybe && at(maybe.code, maybe.line)
			);
			// Code nobody translated is the same in both languages: one shared copy.
			const code = pair.untranslated ? rawSource(source.code) : rawPair(pair);
			return { code, ...options };
		}
		case 'html': {
			const [other, maybe] = [target, doubted] as (typeof source | undefined)[];
			if (source.raw) pairing.raw(at(source.text));
			if (other?.text === source.text) {
				pairing.tally.paired++;
				return { html: rawSource(source.text) };
			}
			const pair = pairing.pair(
				'HTML block',
				at(source.text),
				other && at(other.text),
				maybe && at(maybe.text, maybe.line)
			);
			return { html: rawPair(pair) };
		}
		case 'quote': {
			const other = target as typeof source | undefined;
			if (doubted) doubtedContainer('quote', source, doubted, pairing);
			return { quote: pairBlocks(source.blocks, other?.blocks ?? [], pairing) };
		}
		case 'rule':
			return { rule: true };
	}
}

/** Lists every text of a block the original does not have. */
export function translationOnlyBlock(block: LangBlock, pairing: Pairing): void {
	const at = (text: string) => ({ text, line: block.line });
	switch (block.kind) {
		case 'paragraph':
		case 'table':
			return pairing.translationOnly(block.kind, block);
		case 'code':
			return pairing.translationOnly('code block', at(block.code));
		case 'html':
			return pairing.translationOnly('HTML block', at(block.text));
		case 'list':
			return block.items.forEach((item) => translationOnlyItem(item, pairing));
		case 'quote':
			return block.blocks.forEach((inner) => translationOnlyBlock(inner, pairing));
		case 'rule':
			return;
	}
}

function translationOnlyItem(item: LangItem, pairing: Pairing): void {
	if (item.text !== '') pairing.translationOnly('list item', item);
	item.body.forEach((inner) => translationOnlyBlock(inner, pairing));
}
