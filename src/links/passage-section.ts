// Runs in the browser at page load (links/passage-controls.ts): where a link to a passage that is
// gone lands. Apart from the quote's code, which is loaded only when a quote is copied.

/**
 * The section of a passage's link, from its fragment as `location.hash` gives it, for a link
 * whose passage is gone (its English changed): the part before the dot of
 * `#<section id>.<6 hex digits>` (`_top` before the first section, Starlight's id for the page's
 * title). Section ids never hold a dot, so any other fragment gives none.
 * @example
 * passageSection('#capabilities.3f9a1c-2') // => 'capabilities'
 * passageSection('#capabilities') // => undefined
 */
export function passageSection(hash: string): string | undefined {
	return /^#([^.]+)\.[\da-f]{6}(-\d+)?$/.exec(hash)?.[1];
}
