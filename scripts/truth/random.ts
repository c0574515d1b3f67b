/**
 * Seeded randomness, so that every variant of the benchmark can be made again from its seed and
 * a change to the importer is measured on exactly the same variants.
 */

/** A source of numbers in [0, 1) from a seed (mulberry32: small, fast, good enough to sample). */
export type Random = () => number;

/**
 * A seeded source of numbers in [0, 1).
 * @example
 * const random = seeded(7); random() === seeded(7)() // => true
 */
export function seeded(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * One element of a list, or undefined when it is empty.
 * @example
 * pick(seeded(1), ['a', 'b']) // => 'a' or 'b'
 */
export function pick<T>(random: Random, list: readonly T[]): T | undefined {
	return list[Math.floor(random() * list.length)];
}

/**
 * `count` distinct elements of a list (all of them when it has fewer), in random order.
 * @example
 * sample(seeded(1), [1, 2, 3, 4], 2) // => e.g. [3, 1]
 */
export function sample<T>(random: Random, list: readonly T[], count: number): T[] {
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy.slice(0, count);
}

/**
 * A number from a name, to seed each skill's variants apart from the others'.
 * @example
 * hashSeed('crewai', 3) // => a 32-bit number, always the same for these arguments
 */
export function hashSeed(name: string, seed: number): number {
	let hash = 2166136261 ^ seed;
	for (const char of name) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
	return hash >>> 0;
}
