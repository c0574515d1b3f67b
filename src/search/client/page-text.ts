/**
 * A page as Pagefind keeps it, read for the result cards: its words (numbered as Pagefind numbers
 * the places it finds), its sections by their headings, and each section's sentences.
 */
import type { PagefindPage, PagefindResult } from './pagefind';

/** A section of a page: from its heading's first word to the next heading's. */
export interface TextSection {
	id: string;
	/** The heading's level: 1 for the page's title (`_top`), 2 to 6 for its sections. */
	depth: number;
	title: string;
	start: number;
	end: number;
}

/** The words and sections of a page. */
export interface PageText {
	url: string;
	title: string;
	/** The skill the page shows (its Pagefind filter `skill`), if it is a skill's page. */
	skill: string | undefined;
	words: string[];
	/** What goes between two words: a space, or nothing between the words of a Chinese page. */
	joiner: string;
	sections: TextSection[];
}

const heading = /^h([1-6])$/i;
/** A word that ends a sentence or a block (Pagefind ends each block with a full stop). */
const sentenceEnd = /[.!?;:。！？；：]$/;

/** The page's words: Pagefind splits a Chinese page at U+200B, others at white space. */
function wordsOf(page: PagefindPage): { words: string[]; joiner: string } {
	if (!page.raw_content.includes('\u200B'))
		return { words: page.content.split(/[^\S\uFEFF]+/), joiner: ' ' };
	// Pagefind escaped < and > in raw_content, and only there: undo that where the text says so.
	const words: string[] = [];
	let at = 0;
	for (const raw of page.raw_content.split('\u200B')) {
		const plain = raw.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
		const word = page.content.startsWith(plain, at) ? plain : raw;
		words.push(word);
		at += word.length;
	}
	return { words, joiner: '' };
}

/**
 * A page's text.
 * @example
 * pageText(await result.data()).sections.map((s) => s.id) // => ['_top', 'use-this-skill-when', …]
 */
export function pageText(page: PagefindPage): PageText {
	const { words, joiner } = wordsOf(page);
	const anchors = page.anchors
		.filter((anchor) => heading.test(anchor.element) && anchor.text.trim())
		.sort((a, b) => a.location - b.location);
	const sections = anchors.map((anchor, index) => ({
		id: anchor.id,
		depth: Number(heading.exec(anchor.element)![1]),
		title: anchor.text.trim(),
		start: anchor.location,
		end: anchors[index + 1]?.location ?? words.length,
	}));
	const skill = page.filters.skill?.[0];
	return { url: page.url, title: page.meta.title ?? '', skill, words, joiner, sections };
}

// A page is read once: Pagefind keeps its fragment, this its words and sections.
const texts = new Map<string, Promise<PageText>>();

/**
 * A page a search found, read (once for the page's life: every query that finds it again, and
 * its cards' other halves, find it read).
 * @example
 * (await readPage(result)).skill // => 'mlops-engineer'
 */
export function readPage(result: PagefindResult): Promise<PageText> {
	let text = texts.get(result.id);
	if (!text) texts.set(result.id, (text = result.data().then(pageText)));
	return text;
}

/**
 * The section a word is in, if any.
 * @example
 * sectionAt(text, 120)?.id // => 'capabilities'
 */
export function sectionAt(text: PageText, location: number): TextSection | undefined {
	return text.sections.findLast((section) => section.start <= location);
}

/**
 * The titles from a section's top-level section down to it (none for the page's title).
 * @example
 * sectionPath(text, 'aws-mlops-stack') // => ['Capabilities', 'Cloud-Specific MLOps Expertise', 'AWS MLOps Stack']
 */
export function sectionPath(text: PageText, id: string): string[] {
	const path: TextSection[] = [];
	for (const section of text.sections) {
		while (path.length > 0 && path.at(-1)!.depth >= section.depth) path.pop();
		path.push(section);
		if (section.id === id) return path.filter((s) => s.depth > 1).map((s) => s.title);
	}
	return [];
}

// A page's sections are read again at every key the reader types: their sentences are found once.
const sentencesOf = new WeakMap<TextSection, [number, number][]>();

/**
 * A section's sentences, as ranges of words [start, end): its heading, then each sentence of
 * its blocks. The two pages of a skill have the same blocks, so their sentences mostly match.
 * @example
 * sentences(text, section) // => [[120, 122], [122, 131], …]
 */
export function sentences(text: PageText, section: TextSection): [number, number][] {
	let ranges = sentencesOf.get(section);
	if (ranges) return ranges;
	ranges = [];
	sentencesOf.set(section, ranges);
	let start = section.start;
	for (let at = section.start; at < section.end; at++) {
		if (!sentenceEnd.test(text.words[at]!.trim()) && at + 1 < section.end) continue;
		ranges.push([start, at + 1]);
		start = at + 1;
	}
	return ranges;
}
