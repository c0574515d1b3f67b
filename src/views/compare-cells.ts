import type { Element, ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import { languageKeys, languages, roleOf, type LanguageKey } from '../i18n/languages';
import { t } from '../i18n/ui';
import type { RawModel } from '../model/blocks';
import type { ShownPair } from '../model/shown';
import { textHtml } from './text-html';
import { codeBlock } from './code-html';
import { data, markedCell, names } from './names';
import { raw, text } from './hast';
import type { PairLinks } from './edit-links';
import { badge, findingLines, markedStatus } from './marks';

/**
 * The classes that apply, of those given or `false`.
 * @example
 * classes('pair', shared && 'pair--shared') // => ['pair'] when not shared
 */
export const classes = (...names: (string | false)[]): string[] =>
	names.filter((name): name is string => !!name);

/** A cell's element: `p` for paragraphs, `a` for headings (with `href`), `div` otherwise. */
export interface CellOptions {
	as?: 'p' | 'div' | 'a';
	href?: string;
	title?: string;
	/** The text as blocks (a table) rather than inline. */
	block?: boolean;
	/** What follows the text in its cell (a translation's links: edit-links.ts). */
	tail?: ElementContent[];
}

/**
 * One language's cell of a pair, in the interface language `ui` where it says something of its
 * own: a missing translation shows a note (the row's other side already shows the text that
 * stands in for it on the page); an outdated or unreviewed one says so first.
 * @example
 * pairCell(section.heading, 'zh', 'en', { as: 'a', href: '/zh-cn/skills/x/#purpose' })
 * // => <a data-side="zh" data-role="translation" lang="zh-CN" href=… class="cell">目的</a>
 */
export function pairCell(
	pair: ShownPair,
	side: LanguageKey,
	ui: LanguageKey,
	{ as = 'div', href, title, block = false, tail = [] }: CellOptions = {}
): Element {
	const shown = pair[side];
	const pending = shown.status === 'fallback';
	const { status } = shown;
	const marked = markedStatus(status) ? status : false;
	const properties: Properties = {
		[data.side]: side,
		[data.role]: roleOf(side),
		lang: pending ? languages[ui].lang : shown.lang,
		tabIndex: as === 'a' && !pending ? undefined : -1,
		href: pending ? undefined : href,
		title: pending ? undefined : title,
		className: classes(
			names.cell,
			pending && names.cellPending,
			block && names.cellBlock,
			marked && markedCell(marked)
		),
	};
	// No page has a missing translation: its heading's cell is no link (an `<a>` without an
	// address is no link to a crawler or a screen reader either), only a note.
	if (pending) return h(as === 'a' ? 'span' : as, properties, t(ui)('skill.pendingTranslation'));
	const mark = marked ? [badge(marked, ui), text(' ')] : [];
	// The text's HTML is made once for all of its skill's views (text-html.ts).
	const own = raw(textHtml(shown, block));
	// What the checks found, under the text, for the reviewer the row is marked for.
	const findings = status === 'review' ? findingLines(shown.findings, ui, true) : [];
	return h(as, properties, [...mark, own, ...findings, ...tail]);
}

/**
 * Code, or an HTML block shown as code: one cell across the row when every language has the
 * same text, else a cell per language (translated comments), where a missing one says so. The
 * code is coloured as on the pages, by the same cached highlighter (with the same `meta`, so
 * that a block is coloured once for all its views).
 * @example
 * await rawCells(block, 'bash', undefined, 'en') // => <div class="pair pair--shared"><div class="cell cell--raw">…</div></div>
 */
export async function rawCells(
	raw: RawModel,
	syntax: string | undefined,
	meta: string | undefined,
	ui: LanguageKey,
	links: PairLinks = () => []
): Promise<Element> {
	const cells = await Promise.all(
		(raw.shared ? languageKeys.slice(0, 1) : languageKeys).map(
			async (side): Promise<ElementContent> => {
				const shown = raw.text[side];
				const placed = { [data.side]: side, [data.role]: roleOf(side) };
				if (shown.status === 'fallback') {
					return h(
						`div.${names.cell}.${names.cellRaw}.${names.cellPending}`,
						{ ...placed, lang: languages[ui].lang, tabIndex: -1 },
						t(ui)('skill.pendingTranslation')
					);
				}
				const flagged = shown.status === 'review';
				const cell = h(
					`div.${names.cell}.${names.cellRaw}${flagged ? `.${markedCell('review')}` : ''}`,
					{
						...(raw.shared ? {} : placed),
						tabIndex: -1,
					}
				);
				// A translation's code the checks flag: what they found, over the code.
				if (flagged)
					cell.children.push(badge('review', ui), ...findingLines(shown.findings, ui, true));
				cell.children.push(await codeBlock(shown.text, syntax, meta));
				if (roleOf(side) === 'translation') cell.children.push(...links(raw.text));
				return cell;
			}
		)
	);
	return h('div', { className: classes(names.row, raw.shared && names.shared) }, cells);
}
