import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
	languageKeys,
	languages,
	perLanguage,
	roleOf,
	type LanguageKey,
	type PerLanguage,
} from '../i18n/languages';
import { parseText } from '../markdown/parse';
import { fingerprint, fingerprintKey, machineKey } from '../schema/fingerprint';
import type { Pair } from '../schema/pair';

/**
 * What a reader of one language gets of a pair: its own text (`translated`); while the pair is
 * marked `untranslated`, the other language's text in its place (`fallback`); a translation made
 * from an original that has changed since (`outdated`: its fingerprint is not the original's); or
 * a machine translation nobody has reviewed yet (`machine`). An outdated machine translation is
 * `outdated`: it must be translated again either way. Decided here only; every view draws the
 * status it is given.
 */
export type PairStatus = 'translated' | 'fallback' | 'outdated' | 'machine';

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
	/** An `outdated` or `machine` translation: the original as it reads now, for readers to check. */
	original?: ShownText;
	/** An `outdated` translation: the fingerprint of the original it was made from. */
	madeFrom?: string;
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
 * showPair({ en: 'New', zh: '旧', zhOf: '00000000' }).zh // => { markdown: '旧', status: 'outdated', original: { markdown: 'New', … }, madeFrom: '00000000', … }
 */
export function showPair(pair: Pair): ShownPair {
	const shown = new Map<LanguageKey, ShownText>();
	for (const key of languageKeys) {
		const own = pair[key];
		const stand = languageKeys.find((other) => pair[other] !== undefined)!;
		shown.set(
			key,
			own === undefined
				? showText(pair[stand]!, stand, 'fallback')
				: withFreshness(showText(own, key, 'translated'), pair, shown.get(languageKeys[0])!)
		);
	}
	return perLanguage((key) => shown.get(key)!);
}

/**
 * A translation's freshness against the original beside it: outdated when the fingerprint it
 * records is not the original's, else unreviewed while marked `machine`. A translation that
 * records no fingerprint is taken as current: it is how a new one is written by hand.
 */
function withFreshness(text: ShownText, pair: Pair, original: ShownText): ShownText {
	if (roleOf(text.key) === 'original' || original.status !== 'translated') return text;
	const madeFrom = pair[fingerprintKey(text.key)];
	if (madeFrom !== undefined && madeFrom !== fingerprint(original.markdown))
		return { ...text, status: 'outdated', original, madeFrom };
	if (pair[machineKey]) return { ...text, status: 'machine', original };
	return text;
}
