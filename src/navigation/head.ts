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
