/**
 * The two languages of every skill, keyed as they are in the source files (`en:` and `zh:`).
 *
 * This is the one place that ties a source key to a Starlight locale, a BCP 47 tag for `lang`
 * attributes and a URL prefix; astro.config.mjs builds Starlight's `locales` from it.
 */
/** What the site needs to know of a language. */
interface LanguageInfo {
	locale: string;
	lang: string;
	label: string;
	name: string;
	ogLocale: string;
	prefix: string;
}

export const languages = {
	en: {
		/** Starlight locale key; English is the root locale, served without a prefix. */
		locale: 'root',
		/** BCP 47 tag for `<html lang>` and for `lang` on blocks of this language. */
		lang: 'en',
		/** The language's name in its own language, as the language picker shows it. */
		label: 'English',
		/** The language's name in English, for build messages. */
		name: 'English',
		/** Open Graph locale (language_TERRITORY), for link previews. */
		ogLocale: 'en_US',
		/** URL prefix of the language's pages. */
		prefix: '',
	},
	zh: {
		locale: 'zh-cn',
		lang: 'zh-CN',
		label: '简体中文',
		name: 'Chinese',
		ogLocale: 'zh_CN',
		prefix: '/zh-cn',
	},
} as const satisfies Record<OriginalKey | TranslationKey, LanguageInfo>;

/**
 * The site is two-language by design, and this is where it says so, once, in a type: every pair
 * is an original and its one translation. `languages` must describe exactly these two (the
 * `satisfies` above refuses a third), `untranslated:` names the one language a pair lacks, the
 * compare view has two columns and its arrow keys go across to the other, and a reader switches
 * to "the other language". Everything else iterates {@link languageKeys}. The README ("Languages
 * and links") lists what a third language would touch.
 */
export type OriginalKey = 'en';
export type TranslationKey = 'zh';
export type LanguageKey = OriginalKey | TranslationKey;

/** Source keys in reading order: the original first, then its translation. */
export const languageKeys: readonly [OriginalKey, TranslationKey] = ['en', 'zh'];

/** One value per language, keyed as the sources key texts. */
export type PerLanguage<T> = Record<LanguageKey, T>;

/**
 * Builds a value for every language; the one way code spells "for each language".
 * @example
 * perLanguage((key) => languages[key].lang) // => { en: 'en', zh: 'zh-CN' }
 */
export function perLanguage<T>(make: (key: LanguageKey) => T): PerLanguage<T> {
	return Object.fromEntries(languageKeys.map((key) => [key, make(key)])) as PerLanguage<T>;
}

/** A language's part in every pair (see {@link OriginalKey}). */
export type Role = 'original' | 'translation';

/**
 * Whether a language is the original or the translation of every pair.
 * @example
 * roleOf('en') // => 'original'
 */
export function roleOf(key: LanguageKey): Role {
	return key === languageKeys[0] ? 'original' : 'translation';
}

/**
 * The other language of the pair (see {@link Role}: the site has two by design).
 * @example
 * otherLanguage('en') // => 'zh'
 */
export function otherLanguage(key: LanguageKey): LanguageKey {
	return languageKeys.find((other) => other !== key)!;
}

/**
 * The source key for a Starlight locale (`undefined` is the root locale).
 * @example
 * languageOfLocale('zh-cn') // => 'zh'
 * languageOfLocale(undefined) // => 'en'
 */
export function languageOfLocale(locale: string | undefined): LanguageKey {
	const found = languageKeys.find((key) => languages[key].locale === (locale ?? 'root'));
	if (!found) throw new Error(`No language is configured for the locale "${locale}".`);
	return found;
}
