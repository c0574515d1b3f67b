import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

/**
 * Starlight's search button names itself with `aria-label="Search"` while it shows “Search Ctrl K”,
 * which fails WCAG 2.5.3 (label in name; axe's `label-content-name-mismatch`): speech users say
 * what they see. This names the button by its visible label instead: the label is no longer
 * hidden from assistive technology, the shortcut is (it is in `aria-keyshortcuts`), and on narrow
 * screens, where Starlight shows only the icon, the label is visually hidden rather than removed.
 * Throws if Starlight's markup changed, so a fix that stopped applying cannot go unnoticed.
 * @example
 * nameSearchButtonByItsLabel('<button data-open-modal aria-label="Search">…</button>')
 */
export function nameSearchButtonByItsLabel(html: string): string {
	let named = fixed.get(html);
	if (named === undefined) {
		named = nameButton(html);
		fixed.set(html, named);
	}
	return named;
}

// The button is the same on every page of a language: it is fixed once, not parsed on every page.
const fixed = new Map<string, string>();

function nameButton(html: string): string {
	const tree: Root = fromHtml(html, { fragment: true });
	const button = select('button[data-open-modal]', tree);
	const label = button && select(':scope > span[aria-hidden]', button);
	const shortcut = button && select(':scope > kbd', button);
	if (!button || !label || !shortcut) {
		throw new Error(
			'Starlight’s search button no longer has the markup src/a11y/search-button.ts expects ' +
				'(a button[data-open-modal] with a span[aria-hidden] label and a kbd shortcut). ' +
				'Check whether it still fails axe’s label-content-name-mismatch rule and update or drop the fix.'
		);
	}
	delete button.properties.ariaLabel;
	delete label.properties.ariaHidden;
	// Starlight hides the label below its medium breakpoint with display: none; keep its other classes.
	const classes = (label.properties.className as string[] | undefined) ?? [];
	label.properties.className = [
		...classes.filter((name) => !['sl-hidden', 'md:sl-block'].includes(name)),
		'sl-search-label',
	];
	(shortcut as Element).properties.ariaHidden = 'true';
	return toHtml(tree);
}
