/**
 * The force of an instruction in Chinese, and its negations: what the pair-check benchmark
 * weakens (必须 → 可以) or drops (不要 → 要) to make a translation that tells an agent otherwise.
 */
import { pick, type Random } from '../truth/random.ts';
import { proseMatches, replaceAt } from './prose-spans.ts';

/**
 * An instruction's force weakened: an obligation made a permission, a prohibition advice.
 * @example
 * replaceOne('禁止提交密钥', weaker, seeded(1)) // => '不建议提交密钥'
 */
export const weaker: [RegExp, string][] = [
	[/必须/g, '可以'],
	[/务必/g, '可以'],
	[/一定要/g, '可以'],
	[/应该|应当/g, '可以'],
	[/始终|总是|一律/g, '通常'],
	[/只能/g, '可以'],
	[/不得|不能|不可以?/g, '不必'],
	[/禁止|严禁/g, '不建议'],
	[/绝不|切勿|永远不要|绝对不要|不要/g, '尽量不要'],
];

/**
 * A negation dropped: "do not" made "do", "without" made "with".
 * @example
 * replaceOne('未经授权不得测试', positive, seeded(1)) // => '经授权不得测试' or '未经授权得测试'
 */
export const positive: [RegExp, string][] = [
	[/永远不要|绝对不要/g, '要'],
	[/不要|切勿/g, '要'],
	[/不能/g, '能'],
	[/不应该|不应/g, '应该'],
	[/不会/g, '会'],
	[/不是/g, '是'],
	[/没有/g, '有'],
	[/无需|不需要|不必/g, '需要'],
	[/不可/g, '可'],
	[/不允许/g, '允许'],
	[/未经/g, '经'],
	// 不 before a word, not in words of their own (不同 "different", 不断 "constantly" …).
	[/不(?![同断过仅久论管但然足])(?=\p{Script=Han})/gu, ''],
];

/**
 * A text with one of a table's replacements made, at one of its places in the prose, or
 * undefined when there is none.
 * @example
 * replaceOne('每次都必须运行测试', weaker, seeded(1)) // => '每次都可以运行测试'
 */
export function replaceOne(
	text: string,
	table: [RegExp, string][],
	random: Random
): string | undefined {
	const options = table.flatMap(([pattern, by]) =>
		proseMatches(text, pattern).map((match) => ({ match, by }))
	);
	const chosen = pick(random, options);
	return chosen && replaceAt(text, chosen.match, chosen.by);
}
