/**
 * A stand-in for the site's pair check (issue 19), so that the benchmark runs before that check
 * exists: it compares only what a translation must keep as written (numbers, inline code, link
 * targets and URLs, and a code block's lines that are not comments). The real check replaces it;
 * this one shows which alterations tokens alone catch, and which need more (modals, negations,
 * the dictionary).
 */
import type { CheckedPair, Finding, PairCheck } from './pair.ts';
import { proseMatches } from './prose-spans.ts';

const numbers = (text: string) =>
	new Set(
		proseMatches(text, /(?<![A-Za-z0-9.])\d+(?:\.\d+)?(?![A-Za-z0-9])/g).map((match) => match.text)
	);
const code = (text: string) =>
	new Set([...text.matchAll(/(`+)([^`]+?)\1/g)].map((match) => match[2]!.trim()));
const links = (text: string) =>
	new Set(
		[...text.matchAll(/\]\(([^)\s]+)|<(https?:[^>]+)>|\b(https?:\/\/[^\s)>\]]+)/g)].map(
			(match) => match[1] ?? match[2] ?? match[3]!
		)
	);
const commands = (text: string) =>
	new Set(
		text
			.split('\n')
			.filter((line) => !/^\s*(?:#|\/\/|--|;|\/\*|\*|<!--|$)/.test(line))
			.map((line) => line.trim())
	);

const differ = (a: Set<string>, b: Set<string>) =>
	a.size !== b.size || [...a].some((item) => !b.has(item));

/**
 * Finds a pair whose numbers, inline code, link targets (or, for code, command lines) differ.
 * @example
 * tokenCheck({ kind: 'paragraph', en: 'Wait 5 s', zh: '等待 6 秒', at: 'x:1' }) // => [{ rule: 'number' }]
 */
export const tokenCheck: PairCheck = (pair: CheckedPair): Finding[] => {
	const compared: [string, (text: string) => Set<string>][] =
		pair.kind === 'code block'
			? [['code', commands]]
			: [
					['number', numbers],
					['inline code', code],
					['link', links],
				];
	return compared.filter(([, of]) => differ(of(pair.en), of(pair.zh))).map(([rule]) => ({ rule }));
};
