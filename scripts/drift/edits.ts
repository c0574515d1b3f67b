/**
 * The changes a translation drifts by, each done to a {@link Variant} by the base's line numbers:
 * a unit deleted, a stranger's unit inserted. Units are cut in two and joined in split-merge.ts,
 * sections moved in sections.ts.
 */
import type { Random } from '../truth/random.ts';
import { pick } from '../truth/random.ts';
import type { Unit } from '../truth/units.ts';
import type { Stranger } from './strangers.ts';
import type { Variant } from './variant.ts';

/**
 * What is before a list item's or a paragraph's text on its line: indent, `>`, marker, `[ ] `.
 * @example
 * prefixOf('  - [ ] 测试', '测试') // => '  - [ ] '
 */
export const prefixOf = (line: string, text: string) =>
	line.endsWith(text) ? line.slice(0, line.length - text.length) : undefined;

/**
 * Whether a unit holds no other unit (deleting it deletes it alone).
 * @example
 * isLeaf(base, 3) // => false for a list item with a nested list
 */
export const isLeaf = (base: Unit[], id: number) =>
	!base.some((other, j) => j > id && other.line > base[id]!.line && other.line <= base[id]!.end);

/**
 * Whether a base line is still in the variant.
 * @example
 * present(variant, 12) // => false once line 12 was deleted
 */
export const present = (variant: Variant, from: number) =>
	variant.lines.some((line) => line.from === from);

/**
 * Deletes a unit: its lines, and every unit they hold.
 * @example
 * deleteUnit(variant, base, 4)
 */
export function deleteUnit(variant: Variant, base: Unit[], id: number): void {
	const unit = base[id]!;
	variant.remove(unit.line, unit.end);
	base.forEach((other, j) => {
		if (other.line >= unit.line && other.line <= unit.end) variant.deleted.add(j);
	});
}

/**
 * Inserts a unit of another skill: a list item into a list of the base, anything else before a
 * block or heading of the base (a heading at the level of the section it lands in).
 * @example
 * insertStranger(variant, base, stranger, seeded(1))
 */
export function insertStranger(
	variant: Variant,
	base: Unit[],
	stranger: Stranger,
	random: Random
): boolean {
	const alive = base.filter((unit) => present(variant, unit.line));
	if (stranger.kind === 'list item') {
		const items = alive.filter(
			(unit) => unit.kind === 'list item' && !unit.shape.includes('quote')
		);
		const target = pick(random, items);
		const prefix = target && prefixOf(variant.lines[variant.at(target.line)]!.text, target.text);
		if (target === undefined || prefix === undefined) return false;
		variant.insert(target.line, [
			{ text: prefix.replace(/\[[ xX]\] $/, '') + stranger.text.replace(/\n/g, ' ') },
		]);
	} else {
		const target = pick(
			random,
			alive.filter((unit) => unit.atTop)
		);
		if (target === undefined) return false;
		const section = alive
			.filter((unit) => unit.kind === 'heading' && unit.line <= target.line)
			.at(-1);
		const content =
			stranger.kind === 'heading'
				? [`${'#'.repeat(section?.level ?? 2)} ${stranger.text.replace(/\n/g, ' ')}`]
				: stranger.kind === 'paragraph'
					? stranger.text.split('\n')
					: stranger.raw;
		variant.insert(
			target.line,
			['', ...content, ''].map((text) => ({ text }))
		);
	}
	variant.inserted++;
	return true;
}
