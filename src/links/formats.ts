import { languageKeys } from '../i18n/languages';
import type { LinkFormat } from './section-links';

/**
 * The links a reader can copy for a section, in the order the menu offers them: each language's
 * page, the compare view, the language-neutral link, and a Markdown link.
 * @example
 * linkFormats // => ['en', 'zh', 'compare', 'neutral', 'markdown']
 */
export const linkFormats: readonly LinkFormat[] = [
	...languageKeys,
	'compare',
	'neutral',
	'markdown',
];
