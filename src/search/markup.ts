/**
 * The class names and data attributes of the search's markup, defined once: the Search override
 * draws the box and the dialog, the script the cards, and src/styles/search.css styles them.
 */

/** Class names (search.css uses the same). */
export const searchClass = {
	open: 'search-open',
	openLabel: 'search-open__label',
	keys: 'search-open__keys',
	dialog: 'search-dialog',
	frame: 'search-frame',
	bar: 'search-bar',
	input: 'search-input',
	cancel: 'search-cancel',
	status: 'search-status',
	results: 'search-results',
	more: 'search-more',
	card: 'search-card',
	link: 'search-card__link',
	path: 'search-card__path',
	separator: 'search-card__separator',
	half: 'search-card__half',
	language: 'search-card__language',
	cut: 'search-card__cut',
	note: 'search-card__note',
} as const;

/**
 * Data attributes, as `dataset` names them: the half of a card that matched the query, and a
 * card's tier (`matches.ts`: 0 the reader's language, 1 the other, 2 through the dictionary).
 */
export const searchData = {
	matched: 'matched',
	tier: 'tier',
	/** The interface strings the script needs, as JSON on the search's element. */
	strings: 'strings',
} as const;

/** The custom element of the search. */
export const searchElement = 'bilingual-search';

/** The interface strings the script shows, in the page's language. */
export interface SearchStrings {
	count: string;
	none: string;
	dictionary: string;
	pending: string;
}
