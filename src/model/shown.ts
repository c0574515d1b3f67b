import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
	languageKeys,
	languages,
	perLanguage,
	type LanguageKey,
	type PerLanguage,
} from '../i18n/languages';
import { parseText } from '../markdown/parse';
import type { Pair } from '../schema/pair';

/**
 * What a reader of one language gets of a pair: its own text (`translated`), or, while the pair
 * is marked `untranslated`, the other language's text in its place (`fallback`). Decided here
 * only; every view draws the status it is given.
 */
export type PairStatus = 'translated' | 'fallback';

/** One language's side of a pair, ready to draw. */
export interface ShownText {
	/** The Markdown shown, as the source wrote it. */
	markdown: string;
	/** That Markdown parsed and made inert: one paragraph, or one table. Shared: do not change it. */
	tree: Root;
	/** The text without its markup, for labels, titles and slugs. */
	plain: string;
	/** The language the shown text is in. */
	key: LanguageKey;
	/** Its BCP 47 tag, for `lang` attributes. */
	lang: string;
	status: PairStatus;
}

/** A pair as every language shows it. */
export type ShownPair = PerLanguage<ShownText>;

/**
 * Shows a text in a language: parsed once, with its plain text and language tag.
 * @example
 * showText('Use `kubectl`', 'en', 'translated').plain // => 'Use kubectl'
 */
export function showText(markdown: string, key: LanguageKey, status: PairStatus): ShownText {
	const tree = parseText(markdown);
	return { markdown, tree, plain: toString(tree), key, lang: languages[key].lang, status };
}

/**
 * A pair as each language shows it.
 * @example
 * showPair({ en: 'Pending', untranslated: 'zh' }).zh // => { markdown: 'Pending', key: 'en', lang: 'en', status: 'fallback', … }
 */
export function showPair(pair: Pair): ShownPair {
	return perLanguage((key) => {
		const own = pair[key];
		if (own !== undefined) return showText(own, key, 'translated');
		const stand = languageKeys.find((other) => pair[other] !== undefined)!;
		return showText(pair[stand]!, stand, 'fallback');
	});
}
