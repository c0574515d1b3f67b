import { compareSides } from '../../lexicon/evidence';
import { chineseSide, englishSide, type ChineseSide, type EnglishSide } from '../../lexicon/sides';
import { anchors, textSimilarity } from './similarity';

/** Whether two texts share a token a translation keeps (code, a number, a name, a term). */
function sharesTokens(a: string, b: string): boolean {
	const theirs = anchors(b).all;
	return [...anchors(a).all].some((token) => theirs.has(token));
}

/** What the evidence says of two texts as original and translation. */
export type Verdict = 'yes' | 'maybe' | 'no';

/** How alike two texts are as original and translation, and what that says. */
export interface Likeness {
	/** From 0 to 1: the dictionary's evidence (CC-CEDICT) with what the texts share (code,
	 * numbers, names) and how their lengths fit. */
	score: number;
	/** How much the dictionary had to compare: the lesser side's weight of words (0: none). */
	weight: number;
	/** The dictionary's own evidence, from 0 to 1 (none for code). */
	dictionary: number;
	verdict: Verdict;
}

/** The dictionary speaks for a pair with this much weight of words on both sides. */
const heard = 4;
/** A pair with this score is a translation, whatever its place. */
const sure = 0.5;
/** With this much weight of words and a score this low, a pair is no translation, whatever its
 * place: the dictionary finds too little of one in the other. */
const [weighty, hardly] = [8, 0.12];
/** …and with this score or less, the dictionary doubts a pair that shares names or code. */
const doubtful = 0.2;

/**
 * The evidence that one text translates another, for an aligner that weighs each text against
 * many: each text is analysed once (segmented, stemmed, looked up) and kept for the import.
 * @example
 * const evidence = new Evidence();
 * evidence.likeness('Deploy the model to production', '将模型部署到生产环境') // => { score: ~0.7, weight: ~20, verdict: 'yes' }
 */
export class Evidence {
	readonly #english = new Map<string, EnglishSide>();
	readonly #chinese = new Map<string, ChineseSide>();

	#sides(a: string, b: string) {
		let en = this.#english.get(a);
		if (!en) this.#english.set(a, (en = englishSide(a)));
		let zh = this.#chinese.get(b);
		if (!zh) this.#chinese.set(b, (zh = chineseSide(b)));
		return { en, zh };
	}

	/** How alike an original text and a translation are, and the verdict. */
	likeness(original: string, translation: string): Likeness {
		const { en, zh } = this.#sides(original, translation);
		const dictionary = compareSides(en, zh);
		const shared = textSimilarity(original, translation);
		// Short texts give the dictionary little to go on, and it speaks in proportion to what it
		// had (`heard`): the rest is what the texts share, but how their lengths fit is no evidence
		// of itself (a heading fits many headings).
		const heardShare = Math.min(1, dictionary.weight / heard);
		const alone = sharesTokens(original, translation)
			? shared * 0.8
			: Math.min(shared * 0.8, sure - 0.05);
		const score = heardShare * (0.6 * dictionary.score + 0.4 * shared) + (1 - heardShare) * alone;
		// What the texts share (a file name, a number) does not make a pair the dictionary speaks
		// against: two sentences about one file are not each other's translation.
		const heardAgainst = dictionary.weight >= weighty && dictionary.score < doubtful;
		const verdict: Verdict =
			score >= sure && !heardAgainst
				? 'yes'
				: dictionary.weight >= weighty && dictionary.score < hardly && shared < 0.5
					? 'no'
					: 'maybe';
		return { score, weight: dictionary.weight, dictionary: dictionary.score, verdict };
	}
}
