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
