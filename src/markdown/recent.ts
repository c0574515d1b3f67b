/**
 * The values last made for up to `limit` keys, the oldest dropped first: a cache for work that is
 * asked for again soon (the same texts, on a skill's views drawn one after another), which does
 * not keep a whole library's results alive for a whole build.
 * @example
 * const trees = new Recent<string, Root>(2_000);
 * trees.get('Some *text*', parseGfm) // parsed once; the same tree while it is among the last 2,000
 */
export class Recent<K, V> {
	readonly #values = new Map<K, V>();
	readonly #limit: number;

	constructor(limit: number) {
		this.#limit = limit;
	}

	/** The value of `key`: the one kept, or else `make(key)`, kept. */
	get(key: K, make: (key: K) => V): V {
		const kept = this.#values.get(key);
		if (kept !== undefined) return kept;
		const made = make(key);
		if (this.#values.size >= this.#limit) this.#values.delete(this.#values.keys().next().value!);
		this.#values.set(key, made);
		return made;
	}
}
