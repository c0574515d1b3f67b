/** Where the reader's chosen language is remembered. */
export const languageStorageKey = 'skills:language';

/**
 * The language to send a reader to from the home page or a language-neutral link: the one they
 * chose before, else the first of their browser's languages that is Chinese or English, else
 * English. Self-contained (no imports, no outer names): it is also inlined into pages' `<head>`.
 * Both values come from the browser (storage, `navigator.languages`, which extensions and old
 * browsers fill as they like), so anything else than a string, or a list of them, is passed over.
 * @example
 * preferredLanguage(null, ['zh-CN', 'en']) // => 'zh'
 * preferredLanguage('en', ['zh-CN']) // => 'en'
 * preferredLanguage(null, ['fr-FR', 'zh-TW']) // => 'zh'
 * preferredLanguage(null, ['fr-FR']) // => 'en'
 * preferredLanguage(42, [null, {}, 'zh-CN']) // => 'zh'
 */
export function preferredLanguage(stored: unknown, browser: unknown): 'en' | 'zh' {
	if (stored === 'en' || stored === 'zh') return stored;
	const tags = Array.isArray(browser) ? browser : typeof browser === 'string' ? [browser] : [];
	for (const tag of tags) {
		if (typeof tag !== 'string') continue;
		const language = tag.trim().toLowerCase().split(/[-_]/)[0];
		if (language === 'zh' || language === 'en') return language;
	}
	return 'en';
}

/**
 * A script for a page's `<head>` that sends the reader to their language's page before anything
 * is drawn, keeping the query and the #section.
 * @example
 * redirectScript({ en: '/skills/x/', zh: '/zh-cn/skills/x/' }, 'en')
 * // on the English page: only readers who prefer Chinese move
 */
export function redirectScript(targets: Record<'en' | 'zh', string>, here?: 'en' | 'zh'): string {
	return `(()=>{let s=null;try{s=localStorage.getItem(${JSON.stringify(languageStorageKey)})}catch{}const l=(${preferredLanguage.toString()})(s,navigator.languages||[navigator.language]);const t=${JSON.stringify(targets)}[l];if(l!==${JSON.stringify(here ?? null)})location.replace(t+location.search+location.hash)})()`;
}
