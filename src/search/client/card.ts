/**
 * A result card, drawn: the skill › section path as the link to the section in the reader's
 * language, then each language's passage in its `lang`, the query's words marked in the half that
 * matched, and a note of the words found through the dictionary. Text goes in as text, never as
 * markup: a page's words are whatever its skill's author wrote.
 */
import { fill } from '../../i18n/fill';
import { data, names } from '../../views/names';
import type { SearchStrings } from '../markup';
import type { Card, CardHalf } from './ranking';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
	const made = document.createElement(tag);
	if (className) made.className = className;
	if (text !== undefined) made.textContent = text;
	return made;
}

function halfElement(half: CardHalf, strings: SearchStrings): HTMLElement {
	const paragraph = element('p', names.searchHalf);
	paragraph.lang = half.lang;
	if (half.matched) paragraph.setAttribute(data.matched, '');
	paragraph.append(element('span', names.searchLanguage, half.label));
	// Its place is kept (styles/search.css) so that the card does not grow under the reader.
	if (half.unread) {
		paragraph.setAttribute(data.unread, '');
		paragraph.setAttribute('aria-busy', 'true');
	}
	if (half.pending) {
		paragraph.append(strings.pending);
		return paragraph;
	}
	if (half.passage.cutBefore) paragraph.append(element('span', names.searchCut, '… '));
	for (const piece of half.passage.pieces)
		paragraph.append(piece.marked ? element('mark', '', piece.text) : piece.text);
	if (half.passage.cutAfter) paragraph.append(element('span', names.searchCut, ' …'));
	return paragraph;
}

function pathElement(card: Card): HTMLElement {
	const path = element('span', names.searchPath);
	card.path.forEach((part, index) => {
		if (index > 0) {
			const separator = element('span', names.searchSeparator, ' › ');
			separator.setAttribute('aria-hidden', 'true');
			path.append(separator);
		}
		path.append(part);
	});
	return path;
}

/**
 * A card as a list item.
 * @example
 * list.append(cardElement(card, strings));
 */
export function cardElement(card: Card, strings: SearchStrings): HTMLLIElement {
	const item = element('li', names.searchCard);
	item.setAttribute(data.tier, String(card.tier));
	const link = element('a', names.searchLink);
	link.href = card.href;
	link.append(pathElement(card));
	item.append(link, ...card.halves.map((half) => halfElement(half, strings)));
	if (card.translated.length > 0) {
		const words = card.translated
			.map(([word, english]) => `${word} → ${english.join(', ')}`)
			.join('; ');
		item.append(element('p', names.searchNote, fill(strings.dictionary, { words })));
	}
	return item;
}

/**
 * A card drawn before its other half was read, drawn again in place once it is: its link stays
 * the same element, so that a reader on it keeps it, and the halves take the place kept for them.
 * @example
 * fillCard(list.children[0], card, strings);
 */
export function fillCard(item: Element, card: Card, strings: SearchStrings): void {
	const link = item.querySelector<HTMLAnchorElement>(`.${names.searchLink}`)!;
	link.href = card.href;
	link.replaceChildren(pathElement(card));
	item.querySelectorAll(`.${names.searchHalf}`).forEach((half) => half.remove());
	link.after(...card.halves.map((half) => halfElement(half, strings)));
}
