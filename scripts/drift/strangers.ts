/**
 * Units of other skills' translations, for variants to insert: a translator's additions are
 * texts the original does not have, and another skill's Chinese is the nearest thing to them
 * whose every unit is known not to translate any English unit of this skill.
 */
import type { Unit } from '../truth/units.ts';
import { units } from '../truth/units.ts';
import { realSkill, realSkillNames } from '../truth/corpus.ts';

/** A unit of another skill's translation, with its lines as written there (for code and tables). */
export interface Stranger extends Unit {
	raw: string[];
}

/**
 * Units of the other skills' translations that a variant of `name` may insert: paragraphs, list
 * items, headings, and top-level code blocks and tables with their lines as written; from every
 * other real skill, or from those named.
 * @example
 * strangers('crewai').length // => about 9,000
 */
export function strangers(name: string, from = realSkillNames()): Stranger[] {
	return from.filter((other) => other !== name).flatMap(strangersIn);
}

/** Each skill's units to insert elsewhere, read once: reading them is most of their cost. */
const strangersIn = memoize((other: string): Stranger[] => {
	const text = realSkill(other).zh;
	const lines = text.split('\n');
	return units(text, 'SKILL.zh-CN.md').flatMap((unit) => {
		const raw = lines.slice(unit.line - 1, unit.end);
		const whole =
			['paragraph', 'list item', 'heading'].includes(unit.kind) ||
			(unit.atTop && (unit.kind === 'code block' || unit.kind === 'table'));
		return whole && !unit.shape.includes('quote') && unit.text.length >= 4
			? [{ ...unit, raw }]
			: [];
	});
});

function memoize<T>(make: (key: string) => T): (key: string) => T {
	const made = new Map<string, T>();
	return (key) => {
		if (!made.has(key)) made.set(key, make(key));
		return made.get(key)!;
	};
}
