/**
 * The search's custom element and the interface strings its script shows: the Search override
 * draws the element (class names and data attributes are views/names.ts's), the script reads them.
 */

/**
 * The custom element of the search.
 * @example
 * customElements.define(searchElement, SearchBox);
 */
export const searchElement = 'bilingual-search';

/**
 * The interface strings the script shows, in the page's language (JSON in `data.strings`).
 * @example
 * const strings: SearchStrings = { count: '{count} results for “{query}”', … };
 */
export interface SearchStrings {
	count: string;
	/** One result: English says it in the singular. */
	one: string;
	none: string;
	dictionary: string;
	pending: string;
}
