import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { languageKeys, languages, type LanguageKey } from '../i18n/languages';

type HeadConfig = StarlightRouteData['head'];

/**
 * Open Graph locales for link previews: the page's own as `og:locale` in the `language_TERRITORY`
 * form the protocol asks for (Starlight writes the BCP 47 tag), and the other language as
 * `og:locale:alternate`.
 * @example
 * withOpenGraphLocales([{ tag: 'meta', attrs: { property: 'og:locale', content: 'zh-CN' } }], 'zh')
 * // => [{ …content: 'zh_CN' }, { tag: 'meta', attrs: { property: 'og:locale:alternate', content: 'en_US' } }]
 */
export function withOpenGraphLocales(head: HeadConfig, key: LanguageKey): HeadConfig {
	const others = languageKeys.filter((other) => other !== key);
	return [
		...head
			.filter(({ attrs }) => attrs?.property !== 'og:locale:alternate')
			.map((entry) =>
				entry.attrs?.property === 'og:locale'
					? { ...entry, attrs: { ...entry.attrs, content: languages[key].ogLocale } }
					: entry
			),
		...others.map((other) => ({
			tag: 'meta' as const,
			attrs: { property: 'og:locale:alternate', content: languages[other].ogLocale },
		})),
	];
}

/**
 * The `<title>` with its text escaped. Starlight writes head entries' content as raw HTML, so a
 * skill title such as `a </title><script>…` would otherwise end the title and run as a script.
 * @example
 * withEscapedTitle([{ tag: 'title', content: 'a </title> b' }]) // => [{ tag: 'title', content: 'a &lt;/title&gt; b' }]
 */
export function withEscapedTitle(head: HeadConfig): HeadConfig {
	const escape = (text: string) =>
		text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
	return head.map((entry) =>
		entry.tag === 'title' && entry.content ? { ...entry, content: escape(entry.content) } : entry
	);
}

/**
 * A not-found page has no address of its own: no canonical URL, no `og:url`, no other-language
 * versions (Starlight would point them at /404/ and /zh-cn/404/, which do not exist).
 * @example
 * withoutAddress([{ tag: 'link', attrs: { rel: 'canonical', href: '/404/' } }]) // => []
 */
export function withoutAddress(head: HeadConfig): HeadConfig {
	return head.filter(
		({ tag, attrs }) =>
			!(tag === 'link' && ['canonical', 'alternate'].includes(String(attrs?.rel))) &&
			attrs?.property !== 'og:url'
	);
}
