import { expect, test } from 'vitest';
import { nameSearchButtonByItsLabel } from '../../src/a11y/search-button';

// The markup of Starlight 0.42's search button, as it renders it.
const starlight =
	'<site-search><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="astro-x">' +
	'<svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block astro-x" aria-hidden="true">Search</span>' +
	'<kbd class="sl-hidden md:sl-flex astro-x" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd>' +
	'</button><dialog aria-label="Search"></dialog></site-search>';

test('names the search button by the label it shows, and hides the shortcut from its name', () => {
	expect(nameSearchButtonByItsLabel(starlight)).toBe(
		'<site-search><button data-open-modal="" disabled aria-keyshortcuts="Control+K" class="astro-x">' +
			'<svg aria-hidden="true"></svg><span class="astro-x sl-search-label">Search</span>' +
			'<kbd class="sl-hidden md:sl-flex astro-x" style="display: none;" aria-hidden="true"><kbd>Ctrl</kbd><kbd>K</kbd></kbd>' +
			'</button><dialog aria-label="Search"></dialog></site-search>'
	);
});

test('says so when Starlight’s markup changed', () => {
	expect(() =>
		nameSearchButtonByItsLabel('<site-search><button>Search</button></site-search>')
	).toThrow(/no longer has the markup src\/a11y\/search-button.ts expects/);
});
