import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { languageKeys, languages, type LanguageKey } from '../i18n/languages';
import { clip, previewLimits, previewText } from '../previews/preview-text';

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

/** The head entries an unfurler reads as a preview's title or text, and the limit of each. */
const previewEntries: Record<string, number> = {
	'og:title': previewLimits.title,
	'twitter:title': previewLimits.title,
	'og:description': previewLimits.description,
	'twitter:description': previewLimits.description,
	description: previewLimits.description,
};

/**
 * The preview's title and text cut where the site chooses (previews/preview-text.ts), not where
 * Teams or Slack would: a skill's description may be a paragraph. The page's own `<title>` and
 * heading stay whole.
 * @example
 * withPreviewLimits([{ tag: 'meta', attrs: { property: 'og:description', content: 'word '.repeat(60) } }])
 * // => [{ tag: 'meta', attrs: { property: 'og:description', content: 'word word … word…' } }] (200 graphemes)
 */
export function withPreviewLimits(head: HeadConfig): HeadConfig {
	return head.map((entry) => {
		const name = String(entry.attrs?.property ?? entry.attrs?.name ?? '');
		const max = entry.tag === 'meta' ? previewEntries[name] : undefined;
		const content = entry.attrs?.content;
		if (max === undefined || typeof content !== 'string') return entry;
		return { ...entry, attrs: { ...entry.attrs, content: clip(previewText(content), max) } };
	});
}
