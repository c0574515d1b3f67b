import type { PairStatus } from '../model/shown';

// The class names and data attributes the views write, defined once: the builders (this folder),
// the stylesheets (src/styles/) and the browser scripts read them from here. A unit test holds the
// three together (tests/unit/markup-names.test.ts): every class a view writes is named here, and
// every name here is read by a stylesheet or a script.

/**
 * The views' class names.
 * @example
 * h(`span.${names.badge}`) // => <span class="freshness-mark">
 */
export const names = {
	/** A translation's badge: outdated, to review, machine-made (marks.ts). */
	badge: 'freshness-mark',
	/** The popover that shows a marked translation's original. */
	original: 'freshness-original',
	/** Under a section's heading: how many of its translations are marked. */
	sectionNote: 'freshness-note',
	/** What the checks found, a line each. */
	findings: 'review-findings',
	/** After a text that stands in for a missing translation. */
	pending: 'pending-translation',
	/** An empty anchor for a section's former id or other slug, in its heading. */
	alias: 'section-alias',
	/** An image with its alt text shown under it, as the SKILL.md says it (text-hast.ts). */
	textImage: 'text-image',
	textImageAlt: 'text-image-alt',
	/** A link's title, shown after it. */
	linkTitle: 'link-title',
	/** A block of code with its fence's info line over it (code-html.ts). */
	codeBlock: 'code-block',
	codeInfo: 'code-info',
	/** The compare view (compare-tree.ts): its rows, a row of a section's heading, its legend. */
	compare: 'compare',
	row: 'pair',
	headingRow: 'pair-heading',
	heading: 'pair--heading',
	legend: 'pair--legend',
	/** A row whose text every language shares (code): one cell across. */
	shared: 'pair--shared',
	/** A list item's row that is a task. */
	task: 'pair--task',
	/** A list's rows; loose ones are spread apart. */
	rows: 'pairs',
	spread: 'pairs--spread',
	/** What a list item holds after its first paragraph, across the row. */
	nested: 'pair-nested',
	quote: 'pairs-quote',
	rule: 'pairs-rule',
	/** One language's cell of a row, and its kinds. */
	cell: 'cell',
	cellPending: 'cell--pending',
	cellBlock: 'cell--block',
	cellRaw: 'cell--raw',
	/** "Edit this translation" and "Report a problem", after a translation (edit-links.ts). */
	editLinks: 'edit-links',
	/** "On this page" (components/overrides/TableOfContents.astro and MobileTableOfContents.astro):
	 * its list and the phone's; the phone's disclosure, its toggle and caret, the current
	 * section's name beside it, and the list it opens. */
	tocList: 'toc-list',
	tocListMobile: 'toc-list--mobile',
	tocBar: 'toc-bar',
	tocToggle: 'toc-toggle',
	tocCaret: 'toc-caret',
	tocCurrent: 'toc-current',
	tocDropdown: 'toc-dropdown',
	/** The search (components/overrides/Search.astro, search/client/): its button, which shows
	 * its label from the medium breakpoint on and a visually hidden one below, and the shortcut. */
	searchOpen: 'search-open',
	searchOpenLabel: 'search-open__label',
	searchKeys: 'search-open__keys',
	/** Its dialog: the field and Cancel, the status, the result cards and More. */
	searchDialog: 'search-dialog',
	searchFrame: 'search-frame',
	searchBar: 'search-bar',
	searchInput: 'search-input',
	searchCancel: 'search-cancel',
	searchStatus: 'search-status',
	searchResults: 'search-results',
	searchMore: 'search-more',
	/** A result card (search/client/card.ts): the link with the skill › section path, a half per
	 * language, its language's tag, the cuts of a passage, and the dictionary's note. */
	searchCard: 'search-card',
	searchLink: 'search-card__link',
	searchPath: 'search-card__path',
	searchSeparator: 'search-card__separator',
	searchHalf: 'search-card__half',
	searchLanguage: 'search-card__language',
	searchCut: 'search-card__cut',
	searchNote: 'search-card__note',
} as const;

/**
 * The class of a cell whose translation is marked.
 * @example
 * markedCell('review') // => 'cell--review'
 */
export const markedCell = (status: Extract<PairStatus, 'outdated' | 'review' | 'machine'>) =>
	`cell--${status}` as const;

/**
 * The views' data attributes (hastscript takes them as property names too).
 * @example
 * h('div', { [data.side]: 'zh' }) // => <div data-side="zh">
 * cell.getAttribute(data.side) // => 'zh'
 */
export const data = {
	/** The language (its key) of a cell, and its role: `original` or `translation`. */
	side: 'data-side',
	role: 'data-role',
	/** A badge's status. */
	status: 'data-status',
	/** A task item's state in the compare view. */
	checked: 'data-checked',
	/** The half of a search result card that matched the query, and a card's tier (0 the
	 * reader's language, 1 the other, 2 through the dictionary: search/client/matches.ts). */
	matched: 'data-matched',
	tier: 'data-tier',
	/** A card's half whose page is still being read: its place is kept until it is drawn. */
	unread: 'data-unread',
	/** The search's interface strings, as JSON on its element (search/markup.ts). */
	strings: 'data-strings',
	/** Left out of the search index (Pagefind): badges, popovers, notes. */
	noSearch: 'data-pagefind-ignore',
} as const;
