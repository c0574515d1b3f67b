import type { PhrasingContent, RootContent } from 'mdast';
import { blockPairs } from '../model/blocks';
import type { LanguageKey } from '../i18n/languages';
import { fill } from '../i18n/fill';
import type { ShownText } from '../model/shown';
import type { SectionModel } from '../model/skill-model';

/** What a page says of translations that are outdated or unreviewed, in the page's language. */
export interface FreshnessLabels {
	/** The marker of an outdated translation, e.g. “Original updated”. */
	outdated: string;
	/** The marker of an unreviewed machine translation. */
	machine: string;
	/** The marker of a translation the checks flag, e.g. “Needs review”. */
	review: string;
	/** Before what the checks found, e.g. “This translation may not say what the English says:”. */
	reviewIntro: string;
	/** What the checks found in a translation, in the page's language (checks/describe.ts). */
	findings: (shown: Pick<ShownText, 'findings'>) => string[];
	/** Before the original of an outdated translation, e.g. “The English original now reads:”. */
	originalNow: string;
	/** Before the original of a machine translation. */
	original: string;
	/** Under a section's heading: how many of its translations are outdated (`{count}`). */
	sectionOutdated: string;
	/** Under a section's heading: how many of its translations are unreviewed machine ones. */
	sectionMachine: string;
	/** Under a section's heading: how many of its translations the checks flag. */
	sectionReview: string;
}

/** A text that is marked: outdated, flagged or machine-made, with the original to show beside it. */
type Marked = ShownText & { status: MarkedStatus; original: ShownText };
type MarkedStatus = 'outdated' | 'review' | 'machine';
/** What a mark needs of a text or a block of code: its status, findings, and original's language. */
type Mark = Pick<ShownText, 'status' | 'findings'> & {
	status: MarkedStatus;
	original: { lang: string };
};

const html = (value: string) => ({ type: 'html' as const, value });

/**
 * The id of the popover of the n-th block of code a page marks for review (from 1): a dot and a
 * word after the number, which no section id, pair anchor or its popover's id has.
 * @example
 * reviewedCodeId(1) // => 'code.1.review'
 */
export const reviewedCodeId = (n: number) => `code.${n}.review`;

/**
 * Whether a text carries a freshness mark on its page.
 * @example
 * isMarked(showPair({ en: 'New', zh: '旧', zhOf: '00000000' }).zh) // => true
 */
export function isMarked(shown: ShownText): shown is Marked {
	const { status } = shown;
	return (status === 'outdated' || status === 'review' || status === 'machine') && !!shown.original;
}

/**
 * The marker: a button that opens the original in a popover, built into the browser, so it
 * costs no script; the popover is in the top layer, so opening it moves nothing on the page. It
 * is left out of search, where the original would be found on the translation's page.
 */
function opener(shown: Mark, id: string, labels: FreshnessLabels): string {
	const label = labels[shown.status];
	return `<button type="button" class="freshness-mark" data-status="${shown.status}" popovertarget="${id}" data-pagefind-ignore>${label}</button>`;
}

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** What the popover says before the original: for a flagged translation, what the checks found
 * (their words quote the texts, escaped here). */
function intro(shown: Mark, labels: FreshnessLabels): string {
	if (shown.status === 'outdated') return labels.originalNow;
	if (shown.status === 'machine') return labels.original;
	const found = labels
		.findings(shown)
		.map((line) => `<span class="review-findings">${escape(line)}</span>`)
		.join('');
	return `${labels.reviewIntro}${found}${labels.original}`;
}

/**
 * A marked text's phrasing: the translation (`children`), its marker, and the original (`original`,
 * the phrasing of `shown.original`) in a popover tagged with its language. `id` names the
 * popover, unique on the page.
 * @example
 * markedPhrasing(zh, children, original, 'purpose.1.en', labels) // => [...children, <button popovertarget>, <span popover>, ...original, </span>]
 */
export function markedPhrasing(
	shown: Marked,
	children: PhrasingContent[],
	original: PhrasingContent[],
	id: string,
	labels: FreshnessLabels
): PhrasingContent[] {
	return [
		...children,
		html(
			` ${opener(shown, id, labels)}<span popover id="${id}" class="freshness-original" data-pagefind-ignore>${intro(shown, labels)} <span lang="${shown.original.lang}">`
		),
		...original,
		html('</span></span>'),
	];
}

/**
 * A marked block-level text (a table, or a block of code the checks flag): the marker before it
 * (`content`), the original (`original`, the blocks of `shown.original`) after it in a popover.
 * @example
 * markedBlocks(zh, content, original, 'purpose.2.en', labels) // => [<p><button></p>, ...content, <div popover>…</div>]
 */
export function markedBlocks(
	shown: Mark,
	content: RootContent[],
	original: RootContent[],
	id: string,
	labels: FreshnessLabels
): RootContent[] {
	return [
		html(`<p class="pending-block">${opener(shown, id, labels)}</p>`),
		...content,
		html(
			`<div popover id="${id}" class="freshness-original" data-pagefind-ignore><p>${intro(shown, labels)}</p><div lang="${shown.original.lang}">`
		),
		...original,
		html('</div></div>'),
	];
}

/**
 * The note under a section's heading when some of its own pairs (its heading's and its body's)
 * are outdated or unreviewed in this language; nothing otherwise.
 * @example
 * sectionNote(section, 'zh', labels) // => [<p class="freshness-note">本节有 1 处译文…</p>]
 */
export function sectionNote(
	section: SectionModel,
	key: LanguageKey,
	labels: FreshnessLabels
): RootContent[] {
	const texts = [section.heading, ...section.body.flatMap(blockPairs)].map((pair) => pair[key]);
	const count = (status: ShownText['status']) => texts.filter((t) => t.status === status).length;
	const lines = [
		[count('outdated'), labels.sectionOutdated],
		[count('review'), labels.sectionReview],
		[count('machine'), labels.sectionMachine],
	] as const;
	const said = lines
		.filter(([n]) => n > 0)
		.map(([n, line]) => fill(line, { count: String(n) }))
		.join(' ');
	return said ? [html(`<p class="freshness-note">${said}</p>`)] : [];
}
