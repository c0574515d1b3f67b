import { languageKeys, type LanguageKey } from '../i18n/languages';
import type { LinkFormat } from './section-links';

/**
 * The links a reader can copy for a section, in the order the menu offers them on a page in
 * language `key`: first the section's own language-neutral address, which opens in each reader's
 * language and which a wiki previews as the section; then each language's page, the reader's
 * own first; the compare view; and a Markdown link.
 * @example
 * linkFormatsFor('zh') // => ['neutral', 'zh', 'en', 'compare', 'markdown']
 */
export function linkFormatsFor(key: LanguageKey): LinkFormat[] {
	const others = languageKeys.filter((other) => other !== key);
	return ['neutral', key, ...others, 'compare', 'markdown'];
}
