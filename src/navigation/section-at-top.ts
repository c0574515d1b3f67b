/**
 * The section a reader is reading: the last section whose heading is at or above the top of the
 * view (below the fixed header), or none above the first section.
 * @example
 * sectionAtTop([{ id: 'purpose', top: -400 }, { id: 'capabilities', top: 90 }, { id: 'x', top: 900 }], 100)
 * // => 'capabilities'
 */
export function sectionAtTop(headings: { id: string; top: number }[], offset: number) {
	let current: string | undefined;
	for (const { id, top } of headings) {
		if (top > offset) break;
		current = id;
	}
	return current;
}

/**
 * Where the top of the view is for a heading, in the browser: the page's scroll padding (under
 * the header, and the phone's "On this page" bar), where following a link to a heading puts it.
 * @example
 * viewTop() // => 96
 */
export const viewTop = () =>
	parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;

/**
 * How far a heading stands below where following a link to it would put it: its top, less its
 * scroll margin (the compare view's headings land under its sticky legend). 0 at `viewTop()`.
 * @example
 * headingTop(heading, scrollMargin(heading)) // => 96 when the heading is at the top of the view
 */
export const headingTop = (heading: Element, margin: number) =>
	heading.getBoundingClientRect().top - margin;

/**
 * A heading's scroll margin, which a stylesheet may set for the width of the screen.
 * @example
 * scrollMargin(heading) // => 36
 */
export const scrollMargin = (heading: Element) =>
	parseFloat(getComputedStyle(heading).scrollMarginTop) || 0;
