/** A box in viewport coordinates, as `getBoundingClientRect()` gives it. */
export interface Rect {
	top: number;
	bottom: number;
	left: number;
}

export interface Size {
	width: number;
	height: number;
}

/** Where to draw a menu: its viewport position, and the limits that keep it inside the viewport. */
export interface Placement {
	top: number;
	left: number;
	/** Set when the menu does not fit at its full height: it scrolls within this height. */
	maxHeight?: number;
	/** The viewport's width less the margins: a wider menu would stick out. */
	maxWidth: number;
	side: 'below' | 'above' | 'over';
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * Where to put a menu opened from a button so that all of it is in the viewport, however small the
 * window, large the font or close the button to an edge: below the button if it fits there, else
 * above, else on the side with more room at a height it scrolls within. When even that side is too
 * small to be of use (the button at the very edge, or scrolled out of view), the menu covers the
 * button instead. Horizontally it starts at the button and is pushed back inside the viewport.
 * @example
 * // A 300 px tall menu from a button 50 px above the bottom of an 800 × 600 viewport: above it.
 * menuPlacement({ top: 530, bottom: 550, left: 700 }, { width: 320, height: 300 }, { width: 800, height: 600 })
 * // => { top: 224, left: 472, maxWidth: 784, side: 'above' }
 */
export function menuPlacement(
	anchor: Rect,
	menu: Size,
	viewport: Size,
	{ gap = 6, margin = 8, minHeight = 120 } = {}
): Placement {
	const maxWidth = Math.max(0, viewport.width - 2 * margin);
	const left = clamp(anchor.left, margin, viewport.width - margin - Math.min(menu.width, maxWidth));

	const room = {
		below: viewport.height - margin - (anchor.bottom + gap),
		above: anchor.top - gap - margin,
	};
	const side: 'below' | 'above' =
		menu.height <= room.below
			? 'below'
			: menu.height <= room.above
				? 'above'
				: room.below >= room.above
					? 'below'
					: 'above';
	const fullHeight = Math.max(0, viewport.height - 2 * margin);
	const placement = (placed: Placement['side'], top: number, height: number): Placement => ({
		top: clamp(top, margin, viewport.height - margin - height),
		left,
		...(height < menu.height && { maxHeight: height }),
		maxWidth,
		side: placed,
	});

	// The room on a side exceeds the viewport when the button has scrolled out of view.
	const height = Math.min(menu.height, room[side], fullHeight);
	if (height < Math.min(menu.height, minHeight)) {
		const over = Math.min(menu.height, fullHeight);
		return placement('over', anchor.bottom + gap, over);
	}
	return side === 'below'
		? placement('below', anchor.bottom + gap, height)
		: placement('above', anchor.top - gap - height, height);
}
