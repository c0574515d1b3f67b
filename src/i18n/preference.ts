/** Where the reader's chosen language is remembered. */
export const languageStorageKey = 'skills:language';

/**
 * The language to send a reader to from the home page or a language-neutral link: the one they
 * chose before, else the first of their browser's languages that is Chinese or English, else
 * English. Self-contained (no imports, no outer names): it is also inlined into pages' `<head>`.
 * @example
 * preferredLanguage(null, ['zh-CN', 'en']) // => 'zh'
 * preferredLanguage('en', ['zh-CN']) // => 'en'
 * preferredLanguage(null, ['fr-FR', 'zh-TW']) // => 'zh'
 * preferredLanguage(null, ['fr-FR']) // => 'en'
 */
export function preferredLanguage(stored: string | null, browser: readonly string[]): 'en' | 'zh' {
	if (stored === 'en' || stored === 'zh') return stored;
	for (const tag of browser) {
		const language = tag.toLowerCase().split('-')[0];
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
