import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import { languageKeys, languages } from '../i18n/languages';
import { parseText } from '../markdown/parse';
import type { Path } from './locate';
import { textLimitProblem } from './text-limits';

/** A few words: below this, the same text in both languages is likely a name or a term. */
const minWords = 4;

/** The words of a text outside its code, which is the same in every language by design. */
function wordsOutsideCode(markdown: string): number {
	const prose = (node: Nodes): string =>
		node.type === 'inlineCode' || node.type === 'code'
			? ' '
			: 'children' in node
				? node.children.map((child) => prose(child as Nodes)).join(' ')
				: toString(node);
	// Any pair is compared, code and descriptions too: a text the parser cannot take safely (see
	// text-limits.ts) is counted as written.
	const text = textLimitProblem(markdown, 'inline') ? markdown : prose(parseText(markdown));
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Every pair whose texts are the same in all languages and more than a few words long (code
 * aside): most likely a text copied over and not translated, which would be published as a
 * translation.
 * @example
 * untranslatedCopies({ sections: [{ heading: { en: 'Deploy the model to production', zh: 'Deploy the model to production' } }] })
 * // => [['sections', 0, 'heading']]
 */
export function untranslatedCopies(raw: unknown, at: Path = []): Path[] {
	if (Array.isArray(raw))
		return raw.flatMap((item, index) => untranslatedCopies(item, [...at, index]));
	if (raw === null || typeof raw !== 'object') return [];
	const node = raw as Record<string, unknown>;
	const texts = languageKeys.map((key) => node[key]);
	if (texts.every((text) => typeof text === 'string')) {
		const [first] = texts as string[];
		const same = texts.every((text) => (text as string).trim() === first!.trim());
		return same && wordsOutsideCode(first!) >= minWords ? [at] : [];
	}
	return Object.entries(node).flatMap(([key, value]) => untranslatedCopies(value, [...at, key]));
}

/**
 * The warning for a pair copied over untranslated.
 * @example
 * sameTextWarning() // => { message: 'has the same text in English and Chinese', hint: … }
 */
export function sameTextWarning(): { message: string; hint: string } {
	const names = languageKeys.map((key) => languages[key].name).join(' and ');
	const [, other] = languageKeys;
	return {
		message: `has the same text in ${names}: it is published as the translation`,
		hint: `Translate it, or remove \`${other}:\` and mark the pair \`untranslated: ${other}\` so that the page says it is not translated yet.`,
	};
}
