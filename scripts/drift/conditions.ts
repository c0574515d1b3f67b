/**
 * The drift conditions of the benchmark: how a translation departs from its original's structure,
 * each a recipe of edits on a copy of the translation whose every unit's original is known.
 */
import { deleteUnit, insertStranger, isLeaf } from './edits.ts';
import { mergeable, mergeUnits, splittable, splitUnit } from './split-merge.ts';
import { pick, sample, type Random } from '../truth/random.ts';
import { moveSection, swapSections } from './sections.ts';
import type { Stranger } from './strangers.ts';
import type { Unit } from '../truth/units.ts';
import { Variant } from './variant.ts';

/** What a recipe works with: the translation's units and other skills' units to insert. */
export interface Ingredients {
	base: Unit[];
	strangers: Stranger[];
	random: Random;
}

/** A recipe: changes the variant, and says whether it could (a skill may have no two sections). */
type Recipe = (variant: Variant, ingredients: Ingredients) => boolean;

const share = (base: Unit[], percent: number) =>
	Math.max(1, Math.round((base.length * percent) / 100));

/** Deletes `count` units that hold no other unit, chosen at random. */
const deleting =
	(count: (base: Unit[]) => number): Recipe =>
	(variant, { base, random }) => {
		const leaves = base.flatMap((_, id) => (isLeaf(base, id) ? [id] : []));
		const chosen = sample(random, leaves, count(base));
		chosen.forEach((id) => deleteUnit(variant, base, id));
		return chosen.length === count(base);
	};

/** Inserts a tenth as many units of other skills as the translation has. */
const inserting: Recipe = (variant, { base, strangers, random }) => {
	for (let done = 0, tries = 0; done < share(base, 10); tries++) {
		if (tries > 100) return false;
		if (insertStranger(variant, base, pick(random, strangers)!, random)) done++;
	}
	return true;
};

/** Applies an edit to `count` of the units it can take, no two next to each other. */
const each =
	(
		candidates: (variant: Variant, base: Unit[]) => number[],
		edit: (variant: Variant, base: Unit[], id: number) => boolean
	): Recipe =>
	(variant, { base, random }) => {
		const chosen: number[] = [];
		for (const id of sample(random, candidates(variant, base), base.length))
			if (chosen.length < share(base, 5) && chosen.every((other) => Math.abs(other - id) > 1))
				chosen.push(id);
		return chosen.length > 0 && chosen.every((id) => edit(variant, base, id));
	};

/**
 * The conditions, by the name the report gives them, in its order.
 * @example
 * Object.keys(conditions)[1] // => 'one deleted'
 */
export const conditions: Record<string, Recipe> = {
	unchanged: () => true,
	'one deleted': deleting(() => 1),
	'three deleted': deleting(() => 3),
	'10 % deleted': deleting((base) => share(base, 10)),
	'10 % inserted': inserting,
	'two sections swapped': (variant, { base, random }) => swapSections(variant, base, random),
	'a section moved': (variant, { base, random }) => moveSection(variant, base, random),
	'5 % split': each(splittable, splitUnit),
	'5 % merged': each(mergeable, mergeUnits),
	'10 % deleted, 10 % inserted': (variant, ingredients) =>
		deleting((base) => share(base, 10))(variant, ingredients) && inserting(variant, ingredients),
};

/**
 * A variant of a translation under a condition, or undefined when the condition cannot apply to
 * it or its edits did not come out as meant (see {@link Variant.trace}).
 * @example
 * makeVariant(chinese, '10 % deleted', { base: units(chinese, 'zh.md'), strangers, random: seeded(1) })?.text()
 */
export function makeVariant(text: string, condition: string, ingredients: Ingredients) {
	const variant = new Variant(text);
	try {
		if (!conditions[condition]!(variant, ingredients)) return undefined;
	} catch {
		return undefined;
	}
	const traced = variant.trace(ingredients.base);
	return traced && { text: variant.text(), traced };
}
