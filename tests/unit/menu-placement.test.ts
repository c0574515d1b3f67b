import { describe, expect, test } from 'vitest';
import {
	menuPlacement,
	type Placement,
	type Rect,
	type Size,
} from '../../src/links/menu-placement';

const viewport = { width: 800, height: 600 };
const menu = { width: 320, height: 300 };
const button = (top: number, left = 100): Rect => ({ top, bottom: top + 20, left });

/** The menu's box as drawn: its placement with its height capped. */
function inside({ top, left, maxHeight, maxWidth }: Placement, size: Size, view: Size, margin = 8) {
	const height = Math.min(size.height, maxHeight ?? Infinity);
	const width = Math.min(size.width, maxWidth);
	return (
		top >= margin &&
		left >= margin &&
		top + height <= view.height - margin &&
		left + width <= view.width - margin
	);
}

describe('menuPlacement', () => {
	test('opens below the button when it fits there', () => {
		expect(menuPlacement(button(100), menu, viewport)).toEqual({
			top: 126,
			left: 100,
			maxWidth: 784,
			side: 'below',
		});
	});

	test('flips above the button near the bottom of the window', () => {
		const placed = menuPlacement(button(530), menu, viewport);
		expect(placed).toEqual({ top: 224, left: 100, maxWidth: 784, side: 'above' });
	});

	test('keeps to the side with more room, scrolling, when it fits on neither', () => {
		const tall = { width: 320, height: 500 };
		expect(menuPlacement(button(200), tall, viewport)).toEqual({
			top: 226,
			left: 100,
			maxHeight: 366,
			maxWidth: 784,
			side: 'below',
		});
		expect(menuPlacement(button(380), tall, viewport)).toMatchObject({
			top: 8,
			maxHeight: 366,
			side: 'above',
		});
	});

	test('covers the button rather than shrink to nothing in a tiny window', () => {
		const placed = menuPlacement(button(90), menu, { width: 390, height: 200 });
		expect(placed).toMatchObject({ top: 8, maxHeight: 184, side: 'over' });
	});

	test('is pushed back inside on the right, and capped to a narrow window', () => {
		expect(menuPlacement(button(100, 700), menu, viewport).left).toBe(472);
		expect(
			menuPlacement(button(100, 300), { width: 640, height: 300 }, { width: 390, height: 844 })
		).toMatchObject({ left: 8, maxWidth: 374 });
	});

	test('stays inside the viewport wherever the button is, even scrolled out of view', () => {
		const views = [viewport, { width: 390, height: 844 }, { width: 320, height: 240 }];
		const sizes = [menu, { width: 640, height: 900 }, { width: 100, height: 50 }];
		for (const view of views)
			for (const size of sizes)
				for (let top = -100; top <= view.height + 100; top += 10)
					for (const left of [-50, 0, view.width / 2, view.width - 10, view.width + 50]) {
						const placed = menuPlacement(button(top, left), size, view);
						expect(
							inside(placed, size, view),
							JSON.stringify({ view, size, top, left, placed })
						).toBe(true);
					}
	});
});
