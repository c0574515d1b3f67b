import type { LangBlock, LangItem } from './blocks';
import { alignByContent } from './align/sequence';
import { blockSimilarity, itemSimilarity } from './align/block-similarity';
import { original, translation, type Pairing } from './align/pairing';
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

/** Below this similarity two blocks of the same kind are not taken for original and translation. */
const threshold = 0.35;

/**
 * Pairs the blocks of an original with those of its translation, in order: blocks of the same
 * kind that are alike enough pair (their lists' items, quotes' blocks, likewise); the rest stay
 * in one language and the pairing counts them.
 * @example
 * pairBlocks([{ kind: 'paragraph', text: 'Hi', line: 1 }], [{ kind: 'paragraph', text: '你好', line: 1 }], pairing)
 * // => [{ paragraph: { en: 'Hi', zh: '你好' } }]
 */
export function pairBlocks(
	source: LangBlock[],
	target: LangBlock[],
	pairing: Pairing
): SourceBlock[] {
	const steps = alignByContent(source, target, blockSimilarity, { position: 0.2, threshold });
	const blocks: SourceBlock[] = [];
	for (const { a, b } of steps) {
		if (a === undefined) translationOnlyBlock(target[b!]!, pairing);
		else blocks.push(pairBlock(source[a]!, b === undefined ? undefined : target[b], pairing));
	}
	return blocks;
}

function pairItems(source: LangItem[], target: LangItem[], pairing: Pairing): SourceItem[] {
	const steps = alignByContent(source, target, itemSimilarity, { position: 0.3, threshold });
	const items: SourceItem[] = [];
	for (const { a, b } of steps) {
		if (a === undefined) translationOnlyItem(target[b!]!, pairing);
		else items.push(pairItem(source[a]!, b === undefined ? undefined : target[b], pairing));
	}
	return items;
}

function pairItem(source: LangItem, target: LangItem | undefined, pairing: Pairing): SourceItem {
	const pair =
		source.text === '' && (target === undefined || target.text === '')
			? { [original]: '', [translation]: '' }
			: pairing.pair('list item', source, target);
	const body = pairBlocks(source.body, target?.body ?? [], pairing);
	return {
		...pair,
		...(source.checked === undefined ? {} : { checked: source.checked }),
		...(source.spread ? { spread: true as const } : {}),
		...(body.length > 0 ? { body } : {}),
	};
}

/** A block of the original with its translation, if it has one (the kinds are equal then). */
function pairBlock(
	source: LangBlock,
	target: LangBlock | undefined,
	pairing: Pairing
): SourceBlock {
	const at = (text: string) => ({ text, line: source.line });
	switch (source.kind) {
		case 'paragraph':
		case 'table': {
			const other = target as typeof source | undefined;
			const pair = pairing.pair(source.kind, source, other);
			return source.kind === 'paragraph' ? { paragraph: pair } : { table: pair };
		}
		case 'list': {
			const other = target as typeof source | undefined;
			return {
				list: pairItems(source.items, other?.items ?? [], pairing),
				...(source.ordered ? { ordered: true as const } : {}),
				...(source.start === undefined ? {} : { start: source.start }),
				...(source.spread ? { spread: true as const } : {}),
			};
		}
		case 'code': {
			const other = target as typeof source | undefined;
			const options = {
				...(source.lang ? { lang: source.lang } : {}),
				...(source.meta ? { meta: source.meta } : {}),
			};
			if (other?.code === source.code) {
				pairing.tally.paired++;
				return { code: rawSource(source.code), ...options };
			}
			const pair = pairing.pair('code block', at(source.code), other && at(other.code));
			// Code nobody translated is the same in both languages: one shared copy.
			const code = pair.untranslated ? rawSource(source.code) : rawPair(pair);
			return { code, ...options };
		}
		case 'html': {
			const other = target as typeof source | undefined;
			if (source.raw) pairing.raw(at(source.text));
			if (other?.text === source.text) {
				pairing.tally.paired++;
				return { html: rawSource(source.text) };
			}
			return {
				html: rawPair(pairing.pair('HTML block', at(source.text), other && at(other.text))),
			};
		}
		case 'quote':
			return {
				quote: pairBlocks(
					source.blocks,
					(target as typeof source | undefined)?.blocks ?? [],
					pairing
				),
			};
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
