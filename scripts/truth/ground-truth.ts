/**
 * Where a translation's pairs are known without asking the importer: the part of a skill whose
 * Chinese has the English's structure unit for unit (the same heading outline, block kinds, list
 * item counts, code blocks and table shapes), so that the n-th unit of one is the translation of
 * the n-th unit of the other.
 */
import { titleLine, units, type Unit } from './units.ts';

/** A skill cut to the part where its pairs are known, as two SKILL.md texts. */
export interface Truth {
	name: string;
	en: string;
	zh: string;
	/** How many units each side has: unit i of one is the translation of unit i of the other. */
	size: number;
	/** What of the Chinese was taken out because the English has nothing like it, by first line. */
	dropped: string[];
}

/** How many units after a dropped part must match for the drop to be believed. */
const confirm = 8;
/** Fewer matched units than this are a coincidence of structure more often than a translation:
 * crewai's, langgraph's and python-patterns' first units match in kind and are not each other's. */
const minSize = 10;
/** At most this many parts of the Chinese are dropped: more means another version of the English. */
const maxDrops = 3;

/** The units of a part that starts at unit `j`: a whole section for a heading, else its top block. */
function chunk(list: Unit[], j: number): number {
	const first = list[j]!;
	let end = j + 1;
	if (first.kind === 'heading')
		while (end < list.length && !(list[end]!.kind === 'heading' && list[end]!.level <= first.level))
			end++;
	else while (end < list.length && list[end]!.top === first.top) end++;
	return end;
}

const matches = (a: Unit[], i: number, b: Unit[], j: number, count: number) =>
	Array.from({ length: count }).every((_, k) => a[i + k]?.shape === b[j + k]?.shape);

const linesWithout = (text: string, drop: Set<number>, cut: number) =>
	text
		.split('\n')
		.filter((_, index) => index + 1 < cut && !drop.has(index + 1))
		.join('\n');

/**
 * The part of a skill whose pairs are known: the English and Chinese units matched in order, with
 * up to three parts of the Chinese the English does not have (a disclaimer, a section a translator
 * added) taken out, both cut before the first unit whose structure differs.
 * @example
 * groundTruth('crewai', english, chinese)?.size // => 2
 */
export function groundTruth(name: string, en: string, zh: string): Truth | undefined {
	const a = units(en, 'SKILL.md');
	const b = units(zh, 'SKILL.zh-CN.md');
	const drop = new Set<number>();
	const dropped: string[] = [];
	let i = 0;
	let j = 0;
	// What a translation puts before its title (a disclaimer) is its own, when the original's
	// title comes first.
	const title = titleLine(zh, 'SKILL.zh-CN.md') ?? 0;
	if (a.length > 0 && a[0]!.line > (titleLine(en, 'SKILL.md') ?? Infinity)) {
		while (j < b.length && b[j]!.line < title)
			dropped.push(`${b[j]!.line}: ${b[j++]!.text.slice(0, 40)}`);
		for (let line = b[0]?.top ?? title; line < title; line++) drop.add(line);
	}
	while (i < a.length && j < b.length) {
		if (a[i]!.shape === b[j]!.shape) {
			i++;
			j++;
			continue;
		}
		const end = chunk(b, j);
		const startsBlock = j === 0 || b[j - 1]!.top !== b[j]!.top;
		if (
			!startsBlock ||
			dropped.length === maxDrops ||
			!matches(a, i, b, end, Math.min(confirm, a.length - i))
		)
			break;
		dropped.push(`${b[j]!.line}: ${b[j]!.text.slice(0, 40)}`);
		const last = end < b.length ? b[end]!.top - 1 : zh.split('\n').length;
		for (let line = b[j]!.top; line <= last; line++) drop.add(line);
		j = end;
	}
	// Cut both at the top-level block the first unmatched unit is in: a block half kept would not
	// be the same block any more.
	const cutEn = a[i]?.top ?? Infinity;
	const cutZh = b[j]?.top ?? Infinity;
	const truth = {
		name,
		en: linesWithout(en, new Set(), cutEn),
		zh: linesWithout(zh, drop, cutZh),
		dropped,
	};
	const left = units(truth.en, 'SKILL.md');
	const right = units(truth.zh, 'SKILL.zh-CN.md');
	// Cutting can split a list or quote whose start was matched: keep the part before it.
	let size = 0;
	while (size < left.length && left[size]!.shape === right[size]?.shape) size++;
	if (size !== left.length || size !== right.length) return undefined;
	return size < minSize ? undefined : { ...truth, size };
}
