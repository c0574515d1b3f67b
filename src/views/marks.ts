import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { languages, type LanguageKey } from '../i18n/languages';
import { fill } from '../i18n/fill';
import { t } from '../i18n/ui';
import { describeFinding } from '../checks/describe';
import type { Finding } from '../checks/pair-check';
import { blockPairs } from '../model/blocks';
import type { PairStatus, ShownText } from '../model/shown';
import type { SectionModel } from '../model/skill-model';
import { data, names } from './names';

// What every view says of a translation besides the translation itself: that it is missing (the
// other language's text stands in), outdated, unreviewed or flagged by the checks. The page opens
// the original in a popover from its badge; the compare view shows it in the next column. Both
// draw the same badge and the same findings, from here.

/** The statuses a view marks, each with the original to show beside the translation. */
export type MarkedStatus = Extract<PairStatus, 'outdated' | 'review' | 'machine'>;
/** A text that is marked: outdated, flagged or machine-made, with its original. */
export type Marked = ShownText & { status: MarkedStatus; original: ShownText };
/** What a mark needs of a text or a block of code: its status, findings and original's language. */
export type Mark = Pick<ShownText, 'status' | 'findings'> & {
	status: MarkedStatus;
	original: { lang: string };
};

/**
 * Whether a status is one a view marks.
 * @example
 * markedStatus('review') // => true
 */
export const markedStatus = (status: PairStatus): status is MarkedStatus =>
	status === 'outdated' || status === 'review' || status === 'machine';

/**
 * Whether a text carries a mark, with its original to show.
 * @example
 * isMarked(showPair({ en: 'New', zh: '旧', zhOf: '00000000' }).zh) // => true
 */
export function isMarked(shown: ShownText): shown is Marked {
	return markedStatus(shown.status) && !!shown.original;
}

/**
 * The id of the popover of the n-th block of code a page marks for review (from 1): a dot and a
 * word after the number, which no section id, pair anchor or its popover's id has.
 * @example
 * reviewedCodeId(1) // => 'code.1.review'
 */
export const reviewedCodeId = (n: number) => `code.${n}.review`;

/**
 * What the checks found in a translation, a line each, in the interface language `ui`; tagged
 * with its `lang` where it sits among texts of another language (`tagged`: the compare view).
 * @example
 * findingLines([{ rule: 'number', original: ['3'], translation: ['5'] }], 'en') // => [<span class="review-findings">Numbers differ…</span>]
 */
export function findingLines(
	findings: Finding[] | undefined,
	ui: LanguageKey,
	tagged = false
): Element[] {
	const lang = tagged ? languages[ui].lang : undefined;
	return (findings ?? []).map((finding) =>
		h(`span.${names.findings}`, { lang }, describeFinding(finding, ui))
	);
}

/**
 * The badge of a marked translation, in the interface language `ui`. On a page it is a button
 * that opens the original's popover (`opens`, its id): built into the browser, it costs no
 * script, and the popover is in the top layer, so opening it moves nothing. It is left out of
 * search, where the original would be found on the translation's page.
 * @example
 * badge('review', 'zh', 'purpose.1.en') // => <button class="freshness-mark" data-status="review" popovertarget="purpose.1.en">需要审校</button>
 */
export function badge(status: MarkedStatus, ui: LanguageKey, opens?: string): Element {
	if (opens === undefined)
		return h(`span.${names.badge}`, { [data.status]: status, lang: languages[ui].lang }, [
			t(ui)(`freshness.compare.${status}`),
		]);
	// The attributes in the order the page has always written them.
	return h(
		'button',
		{
			type: 'button',
			className: [names.badge],
			[data.status]: status,
			popoverTarget: opens,
			[data.noSearch]: true,
		},
		[t(ui)(`freshness.${status}`)]
	);
}

/** What a popover says before the original: for a flagged translation, what the checks found. */
export function popoverIntro(shown: Mark, ui: LanguageKey): ElementContent[] {
	const say = t(ui);
	if (shown.status === 'outdated') return [{ type: 'text', value: say('freshness.originalNow') }];
	if (shown.status === 'machine') return [{ type: 'text', value: say('freshness.original') }];
	return [
		{ type: 'text', value: say('freshness.reviewIntro') },
		...findingLines(shown.findings, ui),
		{ type: 'text', value: say('freshness.original') },
	];
}

/**
 * The note under a section's heading on a page when some of its own pairs (its heading's and
 * its body's) are outdated, flagged or unreviewed in this language; nothing otherwise.
 * @example
 * sectionNote(section, 'zh') // => [<p class="freshness-note">本节有 1 处译文…</p>]
 */
export function sectionNote(section: SectionModel, key: LanguageKey): Element[] {
	const texts = [section.heading, ...section.body.flatMap(blockPairs)].map((pair) => pair[key]);
	const count = (status: PairStatus) => texts.filter((text) => text.status === status).length;
	const say = t(key);
	const said = (['outdated', 'review', 'machine'] as const)
		.map((status) => [count(status), say(`freshness.section.${status}`)] as const)
		.filter(([n]) => n > 0)
		.map(([n, line]) => fill(line, { count: String(n) }))
		.join(' ');
	return said ? [h(`p.${names.sectionNote}`, said)] : [];
}
