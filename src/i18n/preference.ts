import {
	languageKeys,
	languages,
	perLanguage,
	type LanguageKey,
	type PerLanguage,
} from './languages';
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
 * A value as a JavaScript literal that can stand inside an inline `<script>`: JSON, with `<`, `>`,
 * `&` and the two line separators JSON leaves as they are escaped, so that no text of a source
 * (`</script>` in a path, say) can end the script or start a comment.
 * @example
 * scriptLiteral({ a: '</script>' }) // => '{"a":"\\u003c/script\\u003e"}'
 */
export function scriptLiteral(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/**
 * A function's source in fewer bytes, for a script inlined into every page that has it: each run
 * of white space becomes one space, and none is kept next to punctuation. Safe for the functions
 * of this module, whose strings and regular expressions hold no space (the tests run the result).
 * @example
 * compactSource((a: number) => { return a + 1; }) // => '(a)=>{return a+1;}'
 */
export function compactSource(fn: (...args: never[]) => unknown): string {
	return fn
		.toString()
		.replace(/\s+/g, ' ')
		.replace(/ ?([{}()[\];,=:?<>!&|]) ?/g, '$1');
}

let inlined: string | undefined;
/** {@link preferredLanguage} as the scripts inline it, compacted once: every /go/ page has it. */
const inlinedPreference = () => (inlined ??= compactSource(preferredLanguage));

/** The script's first statements: `l`, the language to send the reader to. */
const chooseLanguage = () =>
	`let s=null;try{s=localStorage.getItem(${scriptLiteral(languageStorageKey)})}catch{}const l=(${inlinedPreference()})(s,navigator.languages||[navigator.language],${scriptLiteral(languageKeys)});`;

/**
 * A script for a page's `<head>` that sends the reader to their language's page before anything
 * is drawn, keeping the query and the #section.
 * @example
 * redirectScript({ en: '/skills/x/', zh: '/zh-cn/skills/x/' }, 'en')
 * // on the English page: only readers who prefer Chinese move
 */
export function redirectScript(targets: PerLanguage<string>, here?: LanguageKey): string {
	return `(()=>{${chooseLanguage()}const t=${scriptLiteral(targets)}[l];if(l!==${scriptLiteral(here ?? null)})location.replace(t+location.search+location.hash)})()`;
}

/**
 * {@link redirectScript} for a language-neutral page, whose head lists each language's page (and
 * the place on it) as `<link rel="alternate" hreflang>`: placed after those links, it reads its
 * targets from them, so that a long #section is written once less (a /go/ page must stay small).
 * Every reader moves: to the path of their language's alternate (on this host, whatever host the
 * build named), with the query, and the address's own #fragment or else the alternate's.
 * @example
 * alternateRedirectScript()
 * // on /go/x/capabilities/, after <link rel="alternate" hreflang="zh-CN" href="…/zh-cn/skills/x/#capabilities">:
 * // a reader who prefers Chinese moves to /zh-cn/skills/x/#capabilities
 */
export function alternateRedirectScript(): string {
	const hreflang = scriptLiteral(perLanguage((key) => languages[key].lang));
	return `(()=>{${chooseLanguage()}const a=document.querySelector('link[rel=alternate][hreflang="'+${hreflang}[l]+'"]');if(a){const u=new URL(a.href);location.replace(u.pathname+location.search+(location.hash||u.hash))}})()`;
}
