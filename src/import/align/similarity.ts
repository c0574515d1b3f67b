import { Recent } from '../../markdown/recent';

/**
 * How alike an original text and its translation are, from what a translation keeps: code spans,
 * URLs, numbers, emoji and technical words (product names, `Node.js`, `API`), and its length.
 */

// What survives translation. Regular expressions over Markdown source are enough here: these are
// tokens to compare, not structure to parse.
const codeSpan = /`+([^`]+)`+/g;
const url = /\bhttps?:\/\/[^\s)>\]]+/g;
const number = /\d+(?:[.,:]\d+)*/g;
const pictograph = /\p{Extended_Pictographic}/gu;
const latinWord = /[A-Za-z][A-Za-z0-9]*(?:[._/+#-][A-Za-z0-9]+)*/g;
const han = /\p{Script=Han}/gu;

/** A word an English text shares with its translation only when it is a name or a term. */
const isTechnical = (word: string) =>
	/[A-Z0-9._/+#-]/.test(word.slice(1)) || /^[A-Z]{2,}/.test(word);

/**
 * The tokens of a text that a translation would keep: all of them (`all`), and those an original
 * should not lose in translation (`strong`: code, URLs, numbers, emoji, technical words).
 * @example
 * anchors('Run `npm test` on Node.js 22').strong // => Set { 'npm test', '22', 'node.js' }
 */
export function anchors(text: string): Anchors {
	return known.get(text, tokensOf);
}

/** A text's tokens a translation would keep (see {@link anchors}). */
export interface Anchors {
	all: Set<string>;
	strong: Set<string>;
}

// A text is weighed against many (an aligner's candidates, a check's neighbours): its tokens are
// found once while it is among the recent ones.
const known = new Recent<string, Anchors>(4_000);

function tokensOf(text: string): Anchors {
	const strong = new Set<string>();
	const all = new Set<string>();
	const add = (token: string, isStrong: boolean) => {
		const key = token.toLowerCase();
		all.add(key);
		if (isStrong) strong.add(key);
	};
	for (const [, code] of text.matchAll(codeSpan)) add(code!.trim(), true);
	for (const [found] of text.matchAll(url)) add(found, true);
	const rest = text.replace(codeSpan, ' ').replace(url, ' ');
	for (const [found] of rest.matchAll(number)) add(found, true);
	for (const [found] of rest.matchAll(pictograph)) add(found, true);
	for (const [found] of rest.replace(number, ' ').matchAll(latinWord))
		if (found.length > 1) add(found, isTechnical(found));
	return { all, strong };
}

/** How many characters a text would take in English: a Han character says about three. */
function englishLength(text: string): number {
	const hanCount = text.match(han)?.length ?? 0;
	return text.replace(/\s+/g, ' ').length + hanCount * (hanPerLatin - 1);
}
const hanPerLatin = 3;

/**
 * How well two texts' lengths fit an original and its translation, from 1 (as expected) down.
 * @example
 * lengthFit('Install it', '安装') // => ~0.8
 */
function lengthFit(original: string, translation: string): number {
	const a = Math.max(englishLength(original), 1);
	const b = Math.max(englishLength(translation), 1);
	// Short texts vary more in length, so the ratio is damped by a few characters each side.
	const ratio = (b + 8) / (a + 8);
	return Math.exp(-Math.abs(Math.log(ratio)) * 1.5);
}

/**
 * How alike an original text and a translation are, from 0 to 1: how well their lengths fit,
 * weighed by the share of the tokens they should share that they do share.
 * @example
 * textSimilarity('Use `kubectl apply`', '使用 `kubectl apply`') // => high
 * textSimilarity('Use `kubectl apply`', '运行 `npm test`') // => low
 */
export function textSimilarity(original: string, translation: string): number {
	const a = anchors(original);
	const b = anchors(translation);
	const length = lengthFit(original, translation);
	// Translations drop some terms of the original ("for ML services"), so the original's own
	// terms count half as much as those the translation kept.
	const expected = Math.max(b.all.size, Math.ceil(a.strong.size / 2));
	if (expected === 0) return 0.75 * length;
	let shared = 0;
	for (const token of b.all) if (a.all.has(token)) shared++;
	// Tokens that should be shared and are not speak against a pair more than length for it.
	return length * (0.3 + 0.7 * Math.min(1, shared / expected));
}

/**
 * How well two places fit an original and its translation, from 1 (the same share of the way
 * through both sequences) to 0 (a quarter of the way apart or more).
 * @example
 * positionFit(2, 10, 2, 10) // => 1
 */
export function positionFit(i: number, length: number, j: number, otherLength: number): number {
	const apart = Math.abs((i + 0.5) / length - (j + 0.5) / otherLength);
	return Math.max(0, 1 - apart * 4);
}
