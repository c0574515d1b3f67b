import type { Element, ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import type { LanguageKey } from '../i18n/languages';
import { t } from '../i18n/ui';
import type { RawModel } from '../model/blocks';
import type { ShownPair, ShownText } from '../model/shown';
import { raw, text } from './hast';
import { badge, isMarked, popoverIntro, type Mark } from './marks';
import { textHtml } from './text-html';
import { data, names } from './names';
import { withAttributes } from './passages';
import type { PairLinks } from './edit-links';

// A text on the page of one language: its own HTML (made once for all of a skill's views:
// text-html.ts), or the other language's standing in for it, marked; or a translation marked as
// outdated, flagged or unreviewed, its original a click away in a popover.

/** Where a page's marks point: the id of a text's pair (the model's anchor), and fresh ids for
 * marked blocks of code, which have no pair of texts; and each passage's attributes, its anchor
 * and its other language's words (views/passages.ts). */
export interface PageMarks {
	key: LanguageKey;
	anchorOf: (shown: ShownText) => string;
	codeId: () => string;
	passage: (of: ShownPair | RawModel) => Properties;
	/** A translation's "Edit" and "Report" links, on the translation's page (edit-links.ts). */
	links: PairLinks;
}

/** The id of the popover that shows a marked text's original. */
const originalId = (shown: ShownText, page: PageMarks) =>
	`${page.anchorOf(shown)}.${shown.original?.key}`;

/**
 * The note after a text that stands in for a missing translation, in the page's language.
 * @example
 * pendingNote('zh') // => <small class="pending-translation" data-pagefind-ignore="all">尚未翻译</small>
 */
const pendingNote = (key: LanguageKey): Element =>
	h(`small.${names.pending}`, { [data.noSearch]: 'all' }, t(key)('skill.pendingTranslation'));

/**
 * One language's side of a pair as phrasing: a stand-in from the other language wrapped in
 * `<span lang>` and noted; a marked translation followed by its badge and its original's popover.
 * @example
 * phrasing(pair.zh, page) // => [raw('启用 <code dir="auto">x</code>')]
 */
export function phrasing(shown: ShownText, page: PageMarks): ElementContent[] {
	const own = [raw(textHtml(shown, false))];
	if (isMarked(shown)) {
		const id = originalId(shown, page);
		return [
			...own,
			text(' '),
			badge(shown.status, page.key, id),
			h('span', { popover: true, id, className: [names.original], [data.noSearch]: true }, [
				...popoverIntro(shown, page.key),
				text(' '),
				h('span', { lang: shown.original.lang }, [raw(textHtml(shown.original, false))]),
			]),
		];
	}
	if (shown.status !== 'fallback') return own;
	return [h('span', { lang: shown.lang }, own), text(' '), pendingNote(page.key)];
}

/**
 * A block-level text (a table, code) in one language: a stand-in from the other language noted
 * before it (after it, a reader would meet the note only past a whole table) and wrapped in a
 * `<div lang>`; code and HTML blocks carry no other mark, having no original text to show.
 * @example
 * standIn(table.zh, [raw(tableHtml)], 'zh') // => [<p><small class="pending-translation">…</small></p>, <div lang="en">…</div>]
 */
export function standIn(
	shown: { lang: string; status: ShownText['status'] },
	content: ElementContent[],
	key: LanguageKey
): ElementContent[] {
	if (shown.status !== 'fallback') return content;
	return [h('p', [pendingNote(key)]), h('div', { lang: shown.lang }, ['\n', ...content, '\n'])];
}

/**
 * A marked block (a table, or a block of code the checks flag): its badge before it, the
 * original (`original`, its blocks) after it in a popover named `id`.
 * @example
 * markedBlocks(table.zh, [raw(zhTable)], [raw(enTable)], 'purpose.2.en', 'zh')
 * // => [<p><button …></p>, raw(zhTable), <div popover id="purpose.2.en">…</div>]
 */
export function markedBlocks(
	shown: Mark,
	content: ElementContent[],
	original: ElementContent[],
	id: string,
	key: LanguageKey
): ElementContent[] {
	return [
		h('p', [badge(shown.status, key, id)]),
		...content,
		h('div', { popover: true, id, className: [names.original], [data.noSearch]: true }, [
			h('p', popoverIntro(shown, key)),
			h('div', { lang: shown.original.lang }, ['\n', ...original, '\n']),
		]),
	];
}

/**
 * A marked table's blocks, or a stand-in's, or the table as it is, with the passage's
 * attributes (`passage`) on the table.
 * @example
 * tableBlocks(table.zh, page, { id: 'tools.1a2b3c' }) // => [raw('<table id="tools.1a2b3c">…</table>')]
 */
export function tableBlocks(
	shown: ShownText,
	page: PageMarks,
	passage: Properties = {}
): ElementContent[] {
	const own = [withAttributes(raw(textHtml(shown, true)), passage)];
	if (!isMarked(shown)) return standIn(shown, own, page.key);
	const original = [raw(textHtml(shown.original, true))];
	return markedBlocks(shown, own, original, originalId(shown, page), page.key);
}
