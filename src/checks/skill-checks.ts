import { compareSides } from '../lexicon/evidence';
import { chineseSide, englishSide, type EnglishSide } from '../lexicon/sides';
import { textSimilarity } from '../import/align/similarity';
import { checkCode, checkText, type Finding } from './pair-check';

/** A pair of a skill to check, in reading order: what kind of text it is, and its texts. */
export interface CheckedText {
	/** The pair as its source holds it: findings are kept by it. */
	pair: object;
	en: string | undefined;
	zh: string | undefined;
	kind: 'heading' | 'text' | 'code';
	/** A code block's language. */
	lang?: string | undefined;
	/** Said of the whole skill (its title, its description), which the texts near it echo: it is
	 * no neighbour's, nor is a neighbour its. */
	alone?: boolean;
}

/** How far around a text its neighbours are, in reading order: where another text's translation
 * would come from if a translator (or an importer) had put it in the wrong place. */
const reach = 4;
/** A translation another original of the skill has this much more evidence for is that one's. */
const margin = 0.1;
/** …unless the evidence for its own original is this strong anyway. */
const strong = 0.5;
/** With words enough to tell (weight), a translation this far from its original is another text's. */
const [enoughWords, least] = [8, 0.25];
/** A text with less evidence than this (a short heading) is too short to be told from its
 * neighbours by the dictionary. */
const telling = 3;
/** A neighbour's original the translation's words translate this much, by the dictionary alone. */
const said = 0.3;

/** How much a Chinese text says what an English one says: the dictionary's evidence, with the
 * names, numbers and code they share and how their lengths fit. */
function evidence(
	en: EnglishSide,
	zh: ReturnType<typeof chineseSide>,
	a: string,
	b: string,
	least = 0
) {
	const found = compareSides(en, zh);
	// The texts' likeness costs more than the dictionary: none spent on a rival it rules out.
	if (found.score < least) return undefined;
	const score = 0.7 * found.score + 0.3 * textSimilarity(a, b);
	return { score, weight: found.weight, dictionary: found.score };
}

/**
 * Every check of a skill's pairs, made once: each pair's own (checks/pair-check.ts), and, where
 * they find nothing, whether the translation is its original's at all: by the dictionary, its
 * words must translate its original's, and not another original's nearby better (the Chinese of
 * a neighbouring pair, the mistake an import or an edit makes). Code is checked for its code.
 * @example
 * checkPairs([{ pair, en: 'Deploy the model', zh: '编写单元测试', kind: 'text' }, …]).get(pair) // => [{ rule: 'meaning', … }]
 */
export function checkPairs(texts: readonly CheckedText[]): Map<object, Finding[]> {
	const findings = new Map<object, Finding[]>();
	const sides = new Map<number, EnglishSide>();
	const englishOf = (index: number) => {
		let side = sides.get(index);
		if (!side) sides.set(index, (side = englishSide(texts[index]!.en!)));
		return side;
	};
	texts.forEach(({ pair, en, zh, kind, lang }, index) => {
		if (en === undefined || zh === undefined) return;
		const own =
			kind === 'code'
				? checkCode(en, zh, lang)
				: checkText(en, zh, { heading: kind === 'heading' });
		if (own.length > 0 || kind === 'code') return void (own.length && findings.set(pair, own));
		const chinese = chineseSide(zh);
		const mine = evidence(englishOf(index), chinese, en, zh)!;
		const heading = kind === 'heading';
		// A heading's rivals are its neighbours and every other heading of the skill: headings
		// name sections, and the one a misplaced heading belongs to is a section or more away.
		const near = (other: CheckedText, at: number) =>
			at !== index &&
			other.kind !== 'code' &&
			!other.alone &&
			(Math.abs(at - index) <= reach || (heading && other.kind === 'heading'));
		// Only a translation that says its original weakly can be another's: strong ones are not
		// weighed against their neighbours (most of a library, and the costliest part of a check).
		const rivals =
			texts[index]!.alone || mine.weight < telling || mine.score >= strong
				? []
				: texts.flatMap((other, at) => {
						// A neighbour whose words the translation does translate (not one whose length fits).
						const rival =
							near(other, at) && other.en
								? evidence(englishOf(at), chinese, other.en, zh, said)
								: undefined;
						return rival ? [rival.score] : [];
					});
		const best = Math.max(0, ...rivals);
		// A heading is a few words that a dictionary often misses (边界情况 for "Edge Cases"): it is
		// another's only when that other's evidence is strong.
		const elsewhere =
			best > mine.score + margin && mine.score < strong && (!heading || best >= strong);
		if (elsewhere || (!heading && mine.weight >= enoughWords && mine.score < least))
			findings.set(pair, [{ rule: 'meaning', original: [], translation: [] }]);
	});
	return findings;
}
