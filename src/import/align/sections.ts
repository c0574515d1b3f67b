import type { LangSection } from '../document';
import { blockText } from './block-similarity';
import type { Evidence, Likeness, Verdict } from './evidence';

/** A section of the translation matched to one of the original, and how: by the evidence of
 * their headings and bodies (`sure`), or by their place between sections matched so. */
export interface SectionMatch {
	other: LangSection;
	sure: boolean;
	/** Whether the headings pair: the evidence is sure of them, or each is the other's likeliest
	 * heading of all (a short heading the dictionary misses): a section can match by its body,
	 * its heading left out (a translation that dropped a heading gives its body to the section
	 * before). */
	headings: boolean;
}

/** How much longer a body's text is read, at most: enough to know a section by its words. */
const bodyLength = 4000;
/** The least margin by which a match must beat the next best for either section. */
const margin = 0.05;
/** A heading the dictionary says another is a translation of, this much. */
const claimed = 0.3;

const hasBody = (section: LangSection) => section.body.length > 0;

const bodyOf = (section: LangSection) =>
	section.body.map(blockText).join('\n').slice(0, bodyLength);

/** How alike two sections are, by their headings and bodies, and what that says. */
function sectionLikeness(evidence: Evidence, a: LangSection, b: LangSection) {
	const heading = evidence.likeness(a.heading, b.heading);
	const [bodyA, bodyB] = [bodyOf(a), bodyOf(b)];
	if (bodyA === '' && bodyB === '') return heading;
	if (bodyA === '' || bodyB === '')
		return {
			score: 0.5 * heading.score,
			verdict: heading.verdict === 'no' ? ('no' as const) : ('maybe' as const),
		};
	const body = evidence.likeness(bodyA, bodyB);
	const score = 0.3 * heading.score + 0.7 * body.score;
	const verdict: Verdict =
		body.verdict === 'yes' && heading.verdict !== 'no'
			? 'yes'
			: heading.verdict === 'yes' && body.verdict !== 'no'
				? 'yes'
				: body.verdict === 'no' && heading.verdict !== 'yes'
					? 'no'
					: 'maybe';
	return { score: score - (Math.abs(a.level - b.level) > 1 ? 0.1 : 0), verdict };
}

/**
 * Matches the sections of an original (every section, depth first) with those of its translation
 * whatever their order, so that a section the translator moved, swapped, left out or added drags
 * no other out of place: first the pairs the evidence of headings and bodies is sure of, each
 * better than any other for either section; then, between two such pairs (or an end of the
 * document), sections left over in equal numbers on both sides, at the same levels, by their place.
 * @example
 * matchSections(flatEnglish, flatChinese, evidence).get(flatEnglish[2])?.other.heading // => '能力范围'
 */
export function matchSections(
	source: readonly LangSection[],
	target: readonly LangSection[],
	evidence: Evidence,
	mirrored = false
): Map<LangSection, SectionMatch> {
	const scores = source.map((a) => target.map((b) => sectionLikeness(evidence, a, b)));
	const candidates = scores
		.flatMap((row, i) => row.map((found, j) => ({ i, j, ...found })))
		.filter(({ verdict }) => verdict === 'yes')
		.sort((x, y) => y.score - x.score);
	const bestOther = (i: number, j: number) =>
		Math.max(
			0,
			...scores[i]!.filter((_, at) => at !== j).map(({ score }) => score),
			...scores.filter((_, at) => at !== i).map((row) => row[j]!.score)
		);
	const matched = new Map<number, number>();
	const taken = new Set<number>();
	for (const { i, j, score } of candidates) {
		if (matched.has(i) || taken.has(j) || score < bestOther(i, j) + margin) continue;
		matched.set(i, j);
		taken.add(j);
	}
	const byChildren = new Set<number>();
	// A section with no body of its own is known by its subsections: where those it has are
	// matched, sure, to subsections of one section of the translation, the two match.
	source.forEach((section, i) => {
		if (matched.has(i) || hasBody(section) || section.sections.length === 0) return;
		const parents = section.sections.flatMap((child) => {
			const j = matched.get(source.indexOf(child));
			return j === undefined ? [] : [target.findIndex((t) => t.sections.includes(target[j]!))];
		});
		const [parent] = parents;
		if (
			parent !== undefined &&
			parent >= 0 &&
			!taken.has(parent) &&
			parents.every((other) => other === parent) &&
			target[parent]!.level === section.level &&
			scores[i]![parent]!.verdict !== 'no'
		) {
			matched.set(i, parent);
			taken.add(parent);
			byChildren.add(i);
		}
	});
	// Between sure matches in the order of both documents, what is left over pairs by its place.
	const anchors = [...matched].sort(([a], [b]) => a - b);
	const ordered = [[-1, -1], ...anchors, [source.length, target.length]] as [number, number][];
	const byPlace = new Map<number, number>();
	for (let k = 0; k + 1 < ordered.length; k++) {
		const [i1, j1] = ordered[k]!;
		const [i2, j2] = ordered[k + 1]!;
		if (j2 <= j1) continue;
		const left = range(i1 + 1, i2).filter((i) => !matched.has(i));
		const right = range(j1 + 1, j2).filter((j) => !taken.has(j));
		// By its place only with some evidence: a section with no body is its heading alone, and
		// a heading inserted where one was deleted would take its place.
		const fits = left.every((i, at) => {
			const found = scores[i]![right[at]!]!;
			return (
				source[i]!.level === target[right[at]!]?.level &&
				found.verdict !== 'no' &&
				(found.verdict === 'yes' || (hasBody(source[i]!) && hasBody(target[right[at]!]!)))
			);
		});
		if (left.length === right.length && fits) left.forEach((i, at) => byPlace.set(i, right[at]!));
	}
	// In a translation that mirrors its original's shape (mirror.ts), a section left over takes the
	// one in its place, where the evidence does not speak against it.
	if (mirrored)
		source.forEach((_, i) => {
			if (matched.has(i) || byPlace.has(i) || taken.has(i) || [...byPlace.values()].includes(i))
				return;
			if (scores[i]![i]!.verdict !== 'no') byPlace.set(i, i);
		});
	const headings = source.map((a) => target.map((b) => evidence.likeness(a.heading, b.heading)));
	// A heading the dictionary cannot tell (a short one) pairs with its section's, unless the
	// evidence is sure another section's heading is that one's (a heading dropped, its body given
	// to the section before, which then matches by its body).
	const headingsPair = (i: number, j: number) => {
		const found = headings[i]![j]!;
		if (found.verdict !== 'maybe') return found.verdict === 'yes';
		if (mirrored && i === j) return true;
		const better = (other: Likeness) =>
			other.verdict === 'yes' &&
			other.dictionary >= claimed &&
			other.dictionary > found.dictionary + margin;
		return (
			!headings[i]!.some((other, at) => at !== j && better(other)) &&
			!headings.some((row, at) => at !== i && better(row[j]!))
		);
	};
	const result = new Map<LangSection, SectionMatch>();
	// A section known by its subsections only pairs its heading on the heading's own evidence:
	// a heading inserted over them would otherwise take it.
	const add = (i: number, j: number, sure: boolean) =>
		result.set(source[i]!, {
			other: target[j]!,
			sure,
			headings: byChildren.has(i)
				? headings[i]![j]!.verdict === 'yes' || (mirrored && i === j)
				: headingsPair(i, j),
		});
	for (const [i, j] of matched) add(i, j, true);
	for (const [i, j] of byPlace) add(i, j, false);
	return result;
}

const range = (from: number, to: number) =>
	Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
