/**
 * Units cut in two and units joined, as translators do: a paragraph or an item split at a
 * sentence end, two neighbouring paragraphs or items of a list made one.
 */
import type { Unit } from '../truth/units.ts';
import { prefixOf, present } from './edits.ts';
import type { Variant } from './variant.ts';

/** Where a text can be cut into two sentences: the sentence end nearest its middle. */
function cutPoint(text: string): number | undefined {
	const ends = [...text.matchAll(/[。！？；](?=.{4,})/gsu)].map((match) => match.index + 1);
	return ends
		.filter((end) => end >= 4)
		.sort((a, b) => Math.abs(a - text.length / 2) - Math.abs(b - text.length / 2))[0];
}

/**
 * The units that a split can cut: one-line paragraphs and items with two sentences or more.
 * @example
 * splittable(variant, base) // => [4, 17, …]
 */
export const splittable = (variant: Variant, base: Unit[]) =>
	base.flatMap((unit, id) => {
		const fits = (unit.kind === 'paragraph' || unit.kind === 'list item') && unit.end === unit.line;
		return fits && present(variant, unit.line) && cutPoint(unit.text) !== undefined ? [id] : [];
	});

/**
 * Cuts a paragraph in two paragraphs, or a list item in two items, at a sentence end.
 * @example
 * splitUnit(variant, base, 7)
 */
export function splitUnit(variant: Variant, base: Unit[], id: number): boolean {
	const unit = base[id]!;
	const index = variant.at(unit.line);
	const prefix = prefixOf(variant.lines[index]!.text, unit.text);
	const cut = cutPoint(unit.text);
	if (prefix === undefined || cut === undefined) return false;
	const [first, second] = [unit.text.slice(0, cut), unit.text.slice(cut)];
	const rest = unit.kind === 'list item' ? prefix : prefix.replace(/[^\s>]/g, ' ');
	const gap =
		unit.kind === 'list item'
			? []
			: [{ text: prefix.replace(/[^>]/g, '').replace(/>/g, '> ').trimEnd() }];
	variant.lines.splice(index, 1, { text: prefix + first, ids: [id] }, ...gap, {
		text: rest + second,
		ids: [id],
	});
	variant.split.add(id);
	return true;
}

/** The place of a list item in its list, and the list's context: `li3:u@list` → [3, ':u@list']. */
const placeOf = (unit: Unit) => {
	const [, index, context] = /^li(\d+)(.*)$/.exec(unit.shape) ?? [];
	return [Number(index), context] as const;
};

/** Whether two units are items one after the other of one list. */
const sameList = (unit: Unit, next: Unit) => {
	const [index, context] = placeOf(unit);
	const [nextIndex, nextContext] = placeOf(next);
	return context === nextContext && nextIndex === index + 1;
};

/**
 * Pairs of units a merge can join (by the first's id): one-line paragraphs or items next to each other.
 * @example
 * mergeable(variant, base) // => [3, 9, …]: 3 with 4, 9 with 10
 */
export const mergeable = (variant: Variant, base: Unit[]) =>
	base.flatMap((unit, id) => {
		const next = base[id + 1];
		const oneLine = (other: Unit) => other.end === other.line && present(variant, other.line);
		const paragraphs =
			unit.kind === 'paragraph' && next?.kind === 'paragraph' && unit.atTop && next.atTop;
		const items = unit.kind === 'list item' && next?.kind === 'list item' && sameList(unit, next);
		return next && (paragraphs || items) && oneLine(unit) && oneLine(next) ? [id] : [];
	});

/**
 * Joins a unit and the next one (two paragraphs, or two items of a list) into one.
 * @example
 * mergeUnits(variant, base, 3) // units 3 and 4 become one
 */
export function mergeUnits(variant: Variant, base: Unit[], id: number): boolean {
	const [unit, next] = [base[id]!, base[id + 1]!];
	const prefix = prefixOf(variant.lines[variant.at(unit.line)]!.text, unit.text);
	if (prefix === undefined || !variant.lines[variant.at(next.line)]!.text.endsWith(next.text))
		return false;
	const glue = /[\p{Script=Han}\p{P}]$/u.test(unit.text) ? '' : ' ';
	variant.remove(unit.line + 1, next.line);
	variant.lines.splice(variant.at(unit.line), 1, {
		text: prefix + unit.text + glue + next.text,
		ids: [id, id + 1],
	});
	return true;
}
