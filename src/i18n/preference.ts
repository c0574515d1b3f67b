import { languageKeys, type LanguageKey, type PerLanguage } from './languages';
import { languageStorageKey } from './storage';

/**
 * The language to send a reader to from the home page or a language-neutral link: the one they
 * chose before, else the first of their browser's languages that the site has (`keys`, from
 * i18n/languages.ts), else the first of those. Self-contained (no imports, no outer names): it is
 * also inlined into pages' `<head>`.
 * Both values come from the browser (storage, `navigator.languages`, which extensions and old
 * browsers fill as they like), so anything else than a string, or a list of them, is passed over.
 * @example
 * preferredLanguage(null, ['zh-CN', 'en'], ['en', 'zh']) // => 'zh'
 * preferredLanguage('en', ['zh-CN'], ['en', 'zh']) // => 'en'
 * preferredLanguage(null, ['fr-FR', 'zh-TW'], ['en', 'zh']) // => 'zh'
 * preferredLanguage(null, ['fr-FR'], ['en', 'zh']) // => 'en'
 * preferredLanguage(42, [null, {}, 'zh-CN'], ['en', 'zh']) // => 'zh'
 */
export function preferredLanguage<K extends string>(
	stored: unknown,
	browser: unknown,
	keys: readonly [K, ...K[]]
): K {
	const known = (value: unknown): value is K => keys.includes(value as K);
	if (known(stored)) return stored;
	const tags = Array.isArray(browser) ? browser : typeof browser === 'string' ? [browser] : [];
	for (const tag of tags) {
		if (typeof tag !== 'string') continue;
		const language = tag.trim().toLowerCase().split(/[-_]/)[0];
		if (known(language)) return language;
	}
	return keys[0];
}

/**
 * A script for a page's `<head>` that sends the reader to their language's page before anything
 * is drawn, keeping the query and the #section.
 * @example
 * redirectScript({ en: '/skills/x/', zh: '/zh-cn/skills/x/' }, 'en')
 * // on the English page: only readers who prefer Chinese move
 */
export function redirectScript(targets: PerLanguage<string>, here?: LanguageKey): string {
	return `(()=>{let s=null;try{s=localStorage.getItem(${JSON.stringify(languageStorageKey)})}catch{}const l=(${preferredLanguage.toString()})(s,navigator.languages||[navigator.language],${JSON.stringify(languageKeys)});const t=${JSON.stringify(targets)}[l];if(l!==${JSON.stringify(here ?? null)})location.replace(t+location.search+location.hash)})()`;
}
