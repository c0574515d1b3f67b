/**
 * Which sentences of a section's translation say what a sentence of the original says. A skill's
 * two pages have the same blocks in the same order, so a section has as many sentences in both
 * as a rule, one for one; where a translator joined or split sentences, they are aligned by
 * their lengths and the names, numbers and code they share (Gale and Church's method, in short).
 */

/** What alignment knows of a sentence: its length in characters, and its Latin words and numbers. */
export interface SentenceShape {
	length: number;
	names: Set<string>;
}

/** Sentences of one side times the other's, beyond which a section is aligned in proportion. */
const maxCells = 900;

/** Steps of an alignment: sentences of one side against sentences of the other. */
const steps: [number, number, number][] = [
	[1, 1, 0],
	[1, 2, 0.6],
	[2, 1, 0.6],
	[2, 2, 1.2],
	[1, 0, 2.5],
	[0, 1, 2.5],
];

/**
 * A sentence's shape, from its words.
 * @example
 * sentenceShape(['基于', 'Kubernetes', '部署']) // => { length: 14, names: Set { 'kubernetes' } }
 */
export function sentenceShape(words: readonly string[]): SentenceShape {
	const text = words.join('');
	return {
		length: text.replace(/\s/g, '').length,
		names: new Set(text.toLowerCase().match(/[a-z0-9][a-z0-9_.-]*[a-z0-9]|\d/g) ?? []),
	};
}

/** A run of sentences of one side: their length, and their names. */
function run(side: SentenceShape[], from: number, to: number): SentenceShape {
	if (to - from === 1) return side[from]!;
	let length = 0;
	const names = new Set<string>();
	for (let at = from; at < to; at++) {
		length += side[at]!.length;
		for (const name of side[at]!.names) names.add(name);
	}
	return { length, names };
}

const empty: SentenceShape = { length: 0, names: new Set() };

/** How unlike two runs are: their lengths (the second's expected `ratio` times the first's), less the names they share. */
function cost(a: SentenceShape, b: SentenceShape, ratio: number): number {
	const lengths = Math.abs(Math.log((b.length + 1) / (a.length * ratio + 1)));
	let shared = 0;
	for (const name of a.names) if (b.names.has(name)) shared++;
	return lengths - (shared > 0 ? (2 * shared) / (a.names.size + b.names.size) : 0);
}

/**
 * The sentences of `b` (a range of indices [from, to)) aligned with sentence `index` of `a`.
 * @example
 * alignedSentences(english, chinese, 3) // => [3, 4]
 */
export function alignedSentences(
	a: SentenceShape[],
	b: SentenceShape[],
	index: number
): [number, number] {
	if (a.length === b.length) return [index, index + 1];
	// A long section (a table, a long list) is aligned where it is, in proportion: a table's rows
	// are as many in both languages anyway, and the reader is shown the place, not a verdict.
	if (a.length * b.length > maxCells) {
		const at = Math.min(b.length - 1, Math.floor((index * b.length) / a.length));
		return [at, at + 1];
	}
	const total = (side: SentenceShape[]) => side.reduce((sum, s) => sum + s.length, 0) || 1;
	const ratio = total(b) / total(a);
	// Runs of one and two sentences, made once rather than for every cell.
	const runs = (side: SentenceShape[]) => [
		side,
		side.slice(1).map((_, at) => run(side, at, at + 2)),
	];
	const [runsA, runsB] = [runs(a), runs(b)];
	// best[i][j]: the cost of aligning a's first i sentences with b's first j; from: its last step.
	const best = Array.from({ length: a.length + 1 }, () =>
		new Array<number>(b.length + 1).fill(Infinity)
	);
	const from = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(-1));
	best[0]![0] = 0;
	for (let i = 0; i <= a.length; i++)
		for (let j = 0; j <= b.length; j++)
			steps.forEach(([di, dj, penalty], step) => {
				if (i < di || j < dj || best[i - di]![j - dj] === Infinity) return;
				const value =
					best[i - di]![j - dj]! +
					penalty +
					cost(runsA[di - 1]?.[i - di] ?? empty, runsB[dj - 1]?.[j - dj] ?? empty, ratio);
				if (value < best[i]![j]!) [best[i]![j], from[i]![j]] = [value, step];
			});
	for (let i = a.length, j = b.length; i > 0 || j > 0;) {
		const [di, dj] = steps[from[i]![j]!]!;
		if (i - di <= index && index < i)
			return dj === 0 ? [j, Math.min(j + 1, b.length)] : [j - dj, j];
		[i, j] = [i - di, j - dj];
	}
	return [0, Math.min(1, b.length)];
}
