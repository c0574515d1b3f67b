/**
 * The changes a translation drifts by, each done to a {@link Variant} by the base's line numbers:
 * a unit deleted, a stranger's unit inserted, a unit cut in two, two units made one. Sections are
 * moved in sections.ts.
 */
import type { Random } from '../truth/random.ts';
import { pick } from '../truth/random.ts';
import type { Unit } from '../truth/units.ts';
import type { Stranger } from './strangers.ts';
import type { Variant } from './variant.ts';

/** What is before a list item's or a paragraph's text on its line: indent, `>`, marker, `[ ] `. */
const prefixOf = (line: string, text: string) =>
	line.endsWith(text) ? line.slice(0, line.length - text.length) : undefined;

/** Whether a unit holds no other unit (deleting it deletes it alone). */
export const isLeaf = (base: Unit[], id: number) =>
	!base.some((other, j) => j > id && other.line > base[id]!.line && other.line <= base[id]!.end);

/** Whether a base line is still where the variant has it. */
const present = (variant: Variant, from: number) =>
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

/** Where a text can be cut into two sentences: the sentence end nearest its middle. */
function cutPoint(text: string): number | undefined {
	const ends = [...text.matchAll(/[。！？；](?=.{4,})/gsu)].map((match) => match.index + 1);
	return ends
		.filter((end) => end >= 4)
		.sort((a, b) => Math.abs(a - text.length / 2) - Math.abs(b - text.length / 2))[0];
}

/** The units that a split can cut: one-line paragraphs and items with two sentences or more. */
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

/** Pairs of units a merge can join: one-line paragraphs or items next to each other. */
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
