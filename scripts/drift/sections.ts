/**
 * Sections of a translation moved as a whole, heading, body and subsections: two sections of the
 * same parent swapped, or one put elsewhere among its siblings.
 */
import { pick, sample, type Random } from '../truth/random.ts';
import type { Unit } from '../truth/units.ts';
import type { Variant } from './variant.ts';

interface Span {
	/** The heading's unit. */
	id: number;
	first: number;
	last: number;
	/** The heading the section is under (-1 at the top). */
	parent: number;
}

/** Every section of a base by its heading: the lines it spans and its parent's heading. */
function spans(base: Unit[], lineCount: number): Span[] {
	const headings = base.flatMap((unit, id) => (unit.kind === 'heading' ? [id] : []));
	return headings.map((id, index) => {
		const { level, line } = base[id]!;
		const next = headings.slice(index + 1).find((other) => base[other]!.level <= level);
		const parent = headings.slice(0, index).findLast((other) => base[other]!.level < level) ?? -1;
		return { id, first: line, last: next === undefined ? lineCount : base[next]!.line - 1, parent };
	});
}

/** Groups of two or more sections under the same parent, at the same level. */
function siblingGroups(base: Unit[], lineCount: number): Span[][] {
	const groups = new Map<string, Span[]>();
	for (const span of spans(base, lineCount)) {
		const key = `${span.parent}:${base[span.id]!.level}`;
		groups.set(key, [...(groups.get(key) ?? []), span]);
	}
	return [...groups.values()].filter((group) => group.length > 1);
}

/** A section's lines, ending with a blank line so that what follows it starts a block. */
const block = (lines: Variant['lines']) =>
	lines.at(-1)?.text.trim() === '' ? lines : [...lines, { text: '' }];

/**
 * Swaps two sections of the same parent and level, with all they hold.
 * @example
 * swapSections(variant, base, seeded(3)) // => true when the translation had two such sections
 */
export function swapSections(variant: Variant, base: Unit[], random: Random): boolean {
	const group = pick(random, siblingGroups(base, variant.lines.length));
	if (group === undefined) return false;
	const [a, b] = sample(random, group, 2).sort((x, y) => x.first - y.first) as [Span, Span];
	const [a1, a2, b1, b2] = [a.first, a.last, b.first, b.last].map((line) => variant.at(line)) as [
		number,
		number,
		number,
		number,
	];
	const lines = variant.lines;
	variant.lines = [
		...lines.slice(0, a1),
		...block(lines.slice(b1, b2 + 1)),
		...lines.slice(a2 + 1, b1),
		...block(lines.slice(a1, a2 + 1)),
		...lines.slice(b2 + 1),
	];
	return true;
}

/**
 * Moves a section, with all it holds, before another section of the same parent and level, or
 * after the last one.
 * @example
 * moveSection(variant, base, seeded(3)) // => true when the translation had two such sections
 */
export function moveSection(variant: Variant, base: Unit[], random: Random): boolean {
	const group = pick(random, siblingGroups(base, variant.lines.length));
	if (group === undefined) return false;
	const index = Math.floor(random() * group.length);
	const moved = group[index]!;
	// Before any sibling but itself and the one after it (which would change nothing), or at the end.
	const places = group.flatMap((span, j) => (j === index || j === index + 1 ? [] : [span.first]));
	const last = group.at(-1)!;
	if (index !== group.length - 1) places.push(last.last + 1);
	const place = pick(random, places)!;
	const end = variant.lines.length;
	const lines = block(variant.remove(moved.first, moved.last));
	variant.insert(place > end ? undefined : place, lines);
	return true;
}
