/**
 * A query's results, from the query to the cards: its words and their translations, the pages of
 * both languages that have them, and each page read with its skill's page in the other language
 * (found by the Pagefind filter `skill` that every skill page carries), a batch of pages at a time.
 */
import { languages, otherLanguage, type LanguageKey } from '../../i18n/languages';
import { localizedPath } from '../../navigation/paths';
import { pageCards, type ReadMatch } from './cards';
import { rankCards, type Card } from './ranking';
import { pageMatches, tiers, type PageMatch } from './matches';
import { readPage as read, type PageText } from './page-text';
import { resultLanguage, type BothIndexes, type PagefindResult } from './pagefind';
import { queryWords, type QueryWord } from './query';

/** Where the search runs: both indexes, the site's base, the reader's language. */
export interface SearchContext {
	index: BothIndexes;
	base: string;
	reader: LanguageKey;
}

/** What a query found, before any page is read. */
export interface Found {
	words: QueryWord[];
	matches: PageMatch[];
}

/**
 * The pages a query finds, best first: those that have its words as written (`'direct'`, drawn
 * first), or those and the ones found through the dictionary (`'all'`).
 * @example
 * (await find('Kubernetes 部署', context, () => false, 'direct')).matches.length // => 12
 */
export async function find(
	query: string,
	context: SearchContext,
	stale: () => boolean = () => false,
	through: 'direct' | 'all' = 'all'
): Promise<Found> {
	const words = await queryWords(query, context.base);
	// A query the reader typed on from is not looked up: the newer one is, beside it.
	if (stale()) return { words, matches: [] };
	return { words, matches: await pageMatches(context.index, words, context.reader, through) };
}

/**
 * What a direct search found, followed by the pages found only through the dictionary: the
 * direct pages keep their order (their cards are on the screen), the others come after them.
 * @example
 * (await widen(await find('段落', context, () => false, 'direct'), context)).matches.at(-1).tier // => 2
 */
export async function widen(found: Found, context: SearchContext): Promise<Found> {
	if (!found.words.some((word) => word.translations.length > 0)) return found;
	const all = await pageMatches(context.index, found.words, context.reader);
	const more = all.filter((match) => match.tier === tiers.dictionary);
	return { words: found.words, matches: [...found.matches, ...more] };
}

/** A site path from a page's address (a merged index gives full addresses). */
const pathOf = (url: string) => new URL(url, location.href).pathname;

/** The page in the reader's language, for a page without a counterpart (the catalog). */
function readerPath(url: string, key: LanguageKey | undefined, reader: LanguageKey, base: string) {
	const path = pathOf(url).slice(base.replace(/\/$/, '').length);
	const prefix = key ? languages[key].prefix : '';
	return key === reader || !path.startsWith(`${prefix}/`)
		? pathOf(url)
		: localizedPath(path.slice(prefix.length), reader, base);
}

/** The skills' pages in every language, read: by skill and language. One search for them all. */
async function skillPages(skills: string[], context: SearchContext) {
	const pages = new Map<string, { text: PageText; result: PagefindResult }>();
	if (skills.length === 0) return pages;
	const { results } = await context.index.search(null, { filters: { skill: { any: skills } } });
	await Promise.all(
		results.map(async (result) => {
			const text = await read(result);
			pages.set(`${text.skill}:${resultLanguage(result.id)}`, { text, result });
		})
	);
	return pages;
}

function readMatch(
	match: PageMatch,
	text: PageText,
	pages: Awaited<ReturnType<typeof skillPages>>,
	found: Found,
	context: SearchContext,
	unread: boolean
): ReadMatch {
	const language = match.language && otherLanguage(match.language);
	const page = text.skill && language ? pages.get(`${text.skill}:${language}`) : undefined;
	const counterpart: ReadMatch['counterpart'] = page && {
		text: page.text,
		language: language!,
		match: found.matches.find((m) => m.result.id === page.result.id),
	};
	const readerText = match.language === context.reader ? text : counterpart?.text;
	const here = readerText
		? pathOf(readerText.url)
		: readerPath(text.url, match.language, context.reader, context.base);
	// Before the counterpart is read, a skill's page in the reader's language is known by its
	// path, and its sections by their shared ids.
	const awaited = unread && !!text.skill && match.language !== undefined;
	const sections = !!readerText || awaited;
	const href: ReadMatch['href'] = (section) =>
		here + (sections && section && section.depth > 1 ? `#${section.id}` : '');
	return { match, text, counterpart, href, unread: awaited };
}

/**
 * The cards of the pages `from` to `to` of what a query found, in order; without `counterparts`,
 * only the pages found are read, and each card's other half is left to come.
 * @example
 * (await cardsOf(found, 0, 6, context))[0].href // => '/skills/mlops-engineer/#scalability--performance-optimization'
 */
export async function cardsOf(
	found: Found,
	from: number,
	to: number,
	context: SearchContext,
	stale: () => boolean = () => false,
	counterparts = true
): Promise<Card[]> {
	const matches = found.matches.slice(from, to);
	const texts = await Promise.all(matches.map((match) => read(match.result)));
	if (stale()) return [];
	const skills = [...new Set(texts.flatMap((text) => (text.skill ? [text.skill] : [])))];
	const pages = counterparts ? await skillPages(skills, context) : new Map();
	// Typed on while the other language's pages were read: they are kept, the cards not made.
	if (stale()) return [];
	const read$ = matches.map((match, at) =>
		readMatch(match, texts[at]!, pages, found, context, !counterparts)
	);
	return rankCards(read$.flatMap((page) => pageCards(page, found.words, context.reader)));
}
