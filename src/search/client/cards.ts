/**
 * The result cards of the pages a query found: a card per section (three at most of a page),
 * with the passage that matched and the same passage in the other language (their order:
 * ranking.ts).
 */
import { languages, otherLanguage, type LanguageKey } from '../../i18n/languages';
import { alignedSentences, sentenceShape, type SentenceShape } from './align';
import { tiers, type PageMatch } from './matches';
import { sectionPath, sentences, type PageText, type TextSection } from './page-text';
import { passage, type Passage } from './passage';
import type { QueryWord } from './query';
import type { Card, CardHalf } from './ranking';

/** A page the query found, read, with its skill's page in the other language if it has one. */
export interface ReadMatch {
	match: PageMatch;
	text: PageText;
	counterpart?: { text: PageText; language: LanguageKey; match: PageMatch | undefined };
	/** Where the reader reads the page: the page in the reader's language, at the section. */
	href: (section: TextSection | undefined) => string;
	/** The skill's page in the other language is not read yet: its half is left to come. */
	unread?: boolean;
}

const perPage = 3;
const han = /\p{Script=Han}/u;

function half(key: LanguageKey | undefined, shown: Passage, matched: boolean): CardHalf {
	const plain = shown.pieces.map((piece) => piece.text).join('');
	// A Chinese page shows an untranslated text in English: so is it tagged.
	const shownKey = key === 'zh' && !han.test(plain) && /[a-z]/i.test(plain) ? 'en' : key;
	const language = shownKey ? languages[shownKey] : undefined;
	return {
		lang: language?.lang ?? '',
		label: language?.label ?? '',
		passage: shown,
		matched,
		pending: false,
		unread: false,
	};
}

/** The other language's half of a card before its page is read: its place, kept for it. */
const awaitedHalf = (key: LanguageKey): CardHalf => ({
	...half(key, { pieces: [], cutBefore: false, cutAfter: false }, false),
	unread: true,
});

const shapesOf = new WeakMap<TextSection, SentenceShape[]>();

/** The shapes of a section's sentences, for alignment: made once per section. */
function shapes(text: PageText, section: TextSection): SentenceShape[] {
	let found = shapesOf.get(section);
	if (!found) {
		found = sentences(text, section).map(([start, end]) =>
			sentenceShape(text.words.slice(start, end))
		);
		shapesOf.set(section, found);
	}
	return found;
}

/** The sentence with most of the query's words (the first of those). */
function bestSentence(
	ranges: [number, number][],
	places: { location: number; word: number }[]
): number {
	const words = ranges.map(
		([start, end]) =>
			new Set(places.filter((p) => start <= p.location && p.location < end).map((p) => p.word)).size
	);
	return words.indexOf(Math.max(...words));
}

/**
 * The cards of one page the query found.
 * @example
 * pageCards(read, words, 'en')[0].path // => ['MLOps Engineer', 'Capabilities', 'Scalability & Performance Optimization']
 */
export function pageCards(
	read: ReadMatch,
	words: readonly QueryWord[],
	reader: LanguageKey
): Card[] {
	const { match, text, counterpart } = read;
	const bySection = new Map<TextSection, { location: number; word: number }[]>();
	for (const place of match.places) {
		const section = text.sections.findLast((s) => s.start <= place.location);
		if (section) bySection.set(section, [...(bySection.get(section) ?? []), place]);
	}
	const ranked = [...bySection].map(([section, places]) => {
		const coverage = new Set(places.map((place) => place.word)).size;
		return { section, places, coverage, weight: places.length };
	});
	ranked.sort((a, b) => b.coverage - a.coverage || b.weight - a.weight);
	// Through the dictionary, a section must have all the words the page has: a translation
	// alone (“联邦” as “union”) says less than the word itself.
	const needed = new Set(match.places.map((place) => place.word)).size;
	const kept = ranked.filter((s) => match.tier !== tiers.dictionary || s.coverage === needed);
	const readerText =
		match.language === reader
			? text
			: counterpart?.language === reader
				? counterpart.text
				: undefined;
	return kept.slice(0, perPage).map(({ section, places, coverage, weight }) => {
		const marked = new Set(places.map((place) => place.location));
		const own = sentences(text, section);
		const best = bestSentence(own, places);
		// A heading alone says little: the sentence after it comes with it.
		const span = (list: [number, number][], from: number, to: number): [number, number] =>
			from === 0 && to === 1 && list.length > 1
				? [list[0]![0], list[1]![1]]
				: [list[from]![0], list[to - 1]![1]];
		const halves = [half(match.language, passage(text, span(own, best, best + 1), marked), true)];
		const other = counterpart?.text.sections.find((s) => s.id === section.id);
		if (read.unread && match.language) halves.push(awaitedHalf(otherLanguage(match.language)));
		else if (counterpart && other) {
			const theirs = sentences(counterpart.text, other);
			const [from, to] =
				own.length === theirs.length
					? [best, best + 1]
					: alignedSentences(shapes(text, section), shapes(counterpart.text, other), best);
			if (to > from) {
				const found = new Set(counterpart.match?.places.map((place) => place.location));
				const shown = passage(counterpart.text, span(theirs, from, to), found);
				const next = half(counterpart.language, shown, found.size > 0);
				const plain = (p: Passage) => p.pieces.map((piece) => piece.text).join('');
				next.pending = plain(shown) === plain(halves[0]!.passage);
				halves.push(next);
			}
		}
		const pathText = readerText?.sections.some((s) => s.id === section.id) ? readerText : text;
		return {
			id: `${text.skill ?? text.url}#${section.id}`,
			href: read.href(readerText || read.unread ? section : undefined),
			path: [(readerText ?? text).title, ...sectionPath(pathText, section.id)],
			tier: match.tier,
			halves,
			translated: [...match.translated].map(([word, english]) => [words[word]!.text, english]),
			rank: [match.tier, -coverage, -match.score, -weight],
		};
	});
}
