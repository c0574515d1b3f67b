import { languageKeys, perLanguage, type LanguageKey, type PerLanguage } from '../i18n/languages';
import { t } from '../i18n/ui';
import type { BlockKind } from '../schema/block';
import type { BlockModel, BlockModelOf } from '../model/blocks';
import type { SectionModel } from '../model/skill-model';
import type { ShownPair } from '../model/shown';
import { previewLimits } from './preview-text';

/** The prose a block opens with, as the pairs it is read from: none for code, tables, HTML and
 * rules, which read badly as a sentence in a card. One entry per kind (the type checker asks). */
const proseOf: { [K in BlockKind]: (block: BlockModelOf<K>) => ShownPair[] | undefined } = {
	paragraph: ({ text }) => [text],
	// A list reads as its items one after another, as far as the preview has room.
	list: ({ items }) => items.map(({ text }) => text),
	quote: ({ blocks }) => firstProse(blocks),
	// A note or a warning says what the section is about as well as its prose would.
	callout: ({ blocks }) => firstProse(blocks),
	code: () => undefined,
	table: () => undefined,
	rule: () => undefined,
	html: () => undefined,
};

/** The pairs of the first block that has prose, or undefined. */
function firstProse(blocks: BlockModel[]): ShownPair[] | undefined {
	for (const block of blocks) {
		const pairs = (proseOf[block.kind] as (block: BlockModel) => ShownPair[] | undefined)(block);
		// An empty list item says nothing.
		const texts = pairs?.filter((pair) => languageKeys.some((key) => pair[key].markdown !== ''));
		if (texts?.length) return texts;
	}
	return undefined;
}

/** A section's first prose: in its body, else in its first subsection that has some. */
function sectionProse(section: SectionModel): ShownPair[] | undefined {
	return firstProse(section.body) ?? section.sections.map(sectionProse).find(Boolean);
}

/** Ends a sentence or a clause: the next item follows it as the next sentence would. */
const sentenceEnd = /[.!?;:。！？；：]$/u;

/**
 * A list's items one after another, in language `key`: each after a separator (`; ` or `；`),
 * or as the next sentence after one that ends with its own stop.
 * @example
 * joinItems(['Clarify goals.', 'Apply practices', 'Validate'], 'en') // => 'Clarify goals. Apply practices; Validate'
 */
export function joinItems(items: string[], key: LanguageKey): string {
	const ui = t(key);
	const after = (text: string) =>
		sentenceEnd.test(text.trim()) ? ui('preview.sentenceSeparator') : ui('preview.itemSeparator');
	return items.map((item, i) => (i === 0 ? item : after(items[i - 1]!) + item)).join('');
}

/**
 * What a section says first, in each language, as plain text: the first paragraph (or list, its
 * items one after another) of its body or, when it has none, of its first subsection that has.
 * Undefined for a section without prose. A text waiting for its translation is the original.
 * @example
 * sectionText(capabilities)?.zh // => '基于Kubeflow Pipelines实现Kubernetes原生ML工作流；…'
 */
export function sectionText(section: SectionModel): PerLanguage<string> | undefined {
	const pairs = sectionProse(section);
	if (!pairs) return undefined;
	return perLanguage((key) => {
		// As many items as a description can show: each is parsed to be read, and a list may be long.
		const items: string[] = [];
		let length = 0;
		for (const pair of pairs) {
			if (length > previewLimits.description) break;
			items.push(pair[key].plain);
			length += items.at(-1)!.length;
		}
		return joinItems(items, key);
	});
}
