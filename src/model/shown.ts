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
import { headingTree } from '../markdown/heading-text';
import { parseText } from '../markdown/parse';
import { checkText, type Finding } from '../checks/pair-check';
import type { PairFields, SourceAt } from '../schema/pair';
import {
	fingerprint,
	fingerprintKey,
	machineKey,
	pairFingerprint,
	reviewKey,
} from '../schema/fingerprint';

/**
 * What a reader of one language gets of a pair: its own text (`translated`); while the pair is
 * marked `untranslated`, the other language's text in its place (`fallback`); a translation made
 * from an original that has changed since (`outdated`: its fingerprint is not the original's); a
 * translation the checks find may not say what its original says (`review`: a number, code, a
 * link or the force of an instruction differs, and no one has reviewed the pair as it is); or a
 * machine translation nobody has reviewed yet (`machine`). The first that applies wins: an
 * outdated translation must be translated again whatever else is true of it. Decided here only;
 * every view draws the status it is given.
 */
export type PairStatus = 'translated' | 'fallback' | 'outdated' | 'review' | 'machine';

/** Checks a translation against its original (checks/pair-check.ts), for its kind of text. */
export type PairCheck = (original: string, translation: string) => Finding[];

/** One language's side of a pair of raw text (code, an HTML block), ready to draw. */
export interface ShownRaw {
	/** The text shown, as the source wrote it. */
	text: string;
	/** The language the shown text is in. */
	key: LanguageKey;
	/** Its BCP 47 tag, for `lang` attributes. */
	lang: string;
	status: PairStatus;
	/** An `outdated` translation: the fingerprint of the original it was made from. */
	madeFrom?: string;
	/** What the checks found in a translation no one has reviewed as it is (its status is
	 * `review`, unless it is `outdated` too). */
	findings?: Finding[];
	/** Where its pair is written in the source (none for code every language shares). */
	at?: SourceAt | undefined;
}

/** One language's side of a pair of Markdown, ready to draw. */
export interface ShownText extends Omit<ShownRaw, 'text'> {
	/** The Markdown shown, as the source wrote it. */
	markdown: string;
	/** That Markdown parsed and made inert: one paragraph, or one table. Shared: do not change it. */
	tree: Root;
	/** The text without its markup, for labels, titles and slugs. */
	plain: string;
	/** An `outdated`, `review` or `machine` translation: the original as it reads now, for readers
	 * to check. */
	original?: ShownText;
}

/** A pair as every language shows it. */
export type ShownPair = PerLanguage<ShownText>;

/**
 * The text a language shows of a pair, and its status: the one place a status is decided. `check`
 * compares a translation with its original, as its kind of text is checked (none: not checked).
 * @example
 * showRaw({ en: 'x = 1', untranslated: 'zh' }).zh // => { text: 'x = 1', key: 'en', lang: 'en', status: 'fallback' }
 * showRaw('x = 1').zh // => { text: 'x = 1', key: 'zh', lang: 'zh-CN', status: 'translated' }
 * showRaw({ en: 'ls', zh: 'rm -rf /' }, checkCode).zh.status // => 'review'
 */
export function showRaw(pair: PairFields | string, check?: PairCheck): PerLanguage<ShownRaw> {
	return perLanguage((key) => {
		const shown = (text: string, from: LanguageKey, status: PairStatus): ShownRaw => ({
			text,
			key: from,
			lang: languages[from].lang,
			status,
			...(typeof pair === 'string' ? {} : { at: pair.at }),
		});
		// One text for every language (shared code) is every language's own.
		if (typeof pair === 'string') return shown(pair, key, 'translated');
		const own = pair[key];
		if (own !== undefined) return freshness(shown(own, key, 'translated'), pair, check);
		const stand = languageKeys.find((other) => pair[other] !== undefined)!;
		return shown(pair[stand]!, stand, 'fallback');
	});
}

/**
 * A translation's standing against the original beside it: outdated when the fingerprint it
 * records is not the original's; to review when the checks find a difference that no one has
 * reviewed in this pair of texts; else unreviewed while marked `machine`. A translation that
 * records no fingerprint is taken as current: it is how a new one is written by hand.
 */
function freshness(shown: ShownRaw, pair: PairFields, check: PairCheck | undefined): ShownRaw {
	const original = pair[languageKeys[0]];
	if (roleOf(shown.key) === 'original' || original === undefined) return shown;
	const reviewed = pair[reviewKey(shown.key)] === pairFingerprint(original, shown.text);
	const findings = check && !reviewed ? check(original, shown.text) : [];
	const found = findings.length > 0 ? { findings } : {};
	const madeFrom = pair[fingerprintKey(shown.key)];
	if (madeFrom !== undefined && madeFrom !== fingerprint(original))
		return { ...shown, status: 'outdated', madeFrom, ...found };
	if (findings.length > 0) return { ...shown, status: 'review', findings };
	if (pair[machineKey]) return { ...shown, status: 'machine' };
	return shown;
}

/** Makes a new tree from a parsed text for where it is read: on the page of language `key`. */
export type ReadText = (tree: Root, key: LanguageKey) => Root;

/**
 * A pair of Markdown texts as each language shows it: parsed when read, with its plain text. `read`
 * makes a new tree from the parsed one for the page of each language: for a place that holds
 * less (a heading), or with links and images resolved (model/skill-links.ts).
 * @example
 * showPair({ en: 'Pending', untranslated: 'zh' }).zh // => { markdown: 'Pending', key: 'en', lang: 'en', status: 'fallback', … }
 */
export function showPair(
	pair: PairFields,
	read: ReadText = (tree) => tree,
	check: PairCheck = checkText
): ShownPair {
	const raw = showRaw(pair, check);
	const shown = perLanguage((key): ShownText => {
		const { text, ...rest } = raw[key];
		// Parsed when a view reads it, and not kept: the library's every skill has a model (for the
		// catalog, links between skills, counts) that lives as long as the build, but a page draws
		// the texts of one skill only, and parseText keeps the recent trees.
		let plain: string | undefined;
		return {
			...rest,
			markdown: text,
			get tree() {
				return read(parseText(text), key);
			},
			get plain() {
				return (plain ??= toString(this.tree));
			},
		};
	});
	// A translation to check is shown with the original as it reads now.
	const original = shown[languageKeys[0]];
	for (const key of languageKeys) {
		const { status } = shown[key];
		if (status === 'outdated' || status === 'review' || status === 'machine')
			shown[key].original = original;
	}
	return shown;
}

/**
 * A section heading's pair as each language shows it: links as their text, images as their alt
 * text (see markdown/heading-text.ts).
 * @example
 * showHeading({ en: 'See [docs](https://x.org)', zh: '见[文档](https://x.org)' }).en.plain // => 'See docs'
 */
export function showHeading(pair: PairFields, check: PairCheck = checkHeading): ShownPair {
	return showPair(pair, headingTree, check);
}

/** A heading is checked as a text that names a section: it instructs nothing. */
const checkHeading: PairCheck = (original, translation) =>
	checkText(original, translation, { heading: true });
