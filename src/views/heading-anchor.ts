import type { Element } from 'hast';
import { h, s } from 'hastscript';

// A section heading as Starlight's Markdown pipeline draws one (its rehype and Sätteri heading
// plugins): a wrapper, the heading, and a link to it with Starlight's link icon and a label for
// screen readers. Starlight's `<AnchorHeading>` component makes its label from the heading's
// HTML and escapes it again (“A &amp;amp; B”), and Starlight exports neither its plugin nor its
// icons; so the markup is made here, and tests/unit/heading-anchor.test.ts holds it to the markup
// Starlight's own plugin gives the same heading.

/** Starlight's `link-alt` icon, the inside of its 24 × 24 `<svg>`. */
const linkIconPath =
	'm12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88a1 1 0 1 0-1.42-1.42l-3.88 3.89a4.48 4.48 0 0 0 6.33 6.33l3.89-3.88a1 1 0 0 0-1.42-1.42m8.58-12.08a4.49 4.49 0 0 0-6.33 0l-3.89 3.88a1 1 0 1 0 1.42 1.42l3.88-3.88a2.52 2.52 0 0 1 3.5 0 2.47 2.47 0 0 1 0 3.5l-3.88 3.88a1 1 0 0 0 0 1.42 1 1 0 0 0 1.42 0l3.88-3.89a4.49 4.49 0 0 0 0-6.33M8.83 15.17a1 1 0 0 0 .71.29 1 1 0 0 0 .71-.29l4.92-4.92a1 1 0 1 0-1.42-1.42l-4.92 4.92a1 1 0 0 0 0 1.42';

/** The screen-reader name of a heading's link, from Starlight's `heading.anchorLabel`. */
export type AnchorLabel = (title: string) => string;

/**
 * A heading with an id, wrapped with its anchor link as Starlight draws Markdown headings; `label`
 * names the link (Starlight's `heading.anchorLabel` with the heading's text).
 * @example
 * anchorHeading(h('h2', { id: 'setup' }, 'Setup'), 'Section titled “Setup”')
 * // => <div class="sl-heading-wrapper level-h2"><h2 id="setup">Setup</h2><a class="sl-anchor-link" href="#setup">…</a></div>
 */
export function anchorHeading(heading: Element, label: string): Element {
	return h('div', { class: `sl-heading-wrapper level-${heading.tagName}` }, [
		heading,
		h('a', { class: 'sl-anchor-link', href: `#${String(heading.properties.id)}` }, [
			h('span', { ariaHidden: 'true', class: 'sl-anchor-icon' }, [
				s('svg', { width: '16', height: '16', viewBox: '0 0 24 24', fill: 'currentColor' }, [
					s('path', { d: linkIconPath }),
				]),
			]),
			h('span', { class: 'sr-only', dataPagefindIgnore: '' }, label),
		]),
	]);
}
