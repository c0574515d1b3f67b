/**
 * The force of an instruction, in each language: what a text requires, forbids, advises or
 * permits. A skill is a set of instructions to an agent, and "must" turned into "may" (必须 →
 * 可以), or a "never" lost, changes what the agent does in one language only.
 */

/** The forces an instruction can have, strongest first. */
export const forces = ['forbid', 'require', 'advise', 'permit'] as const;
export type Force = (typeof forces)[number];

// English: the words RFC 2119 gives force to, and the imperatives skills write ("never", "do not",
// "always", "No …" opening a rule), in any case. A negated modal is a prohibition, never its
// positive. Descriptive negation ("it cannot be named", "data doesn't change") is no instruction.
const english: [Force, RegExp][] = [
	[
		'forbid',
		/\b(?:must|shall|should|may)\s+not\b|\b(?:mustn|shouldn|shan)[’']t\b|\bnever\b|(?:^|[.:!;?*]\s*|\byou\s+)(?:do\s+not|don[’']t|no)\b/,
	],
	['require', /\b(?:must|shall|always|mandatory|need(?:s)? to|have to|has to)\b/],
	['advise', /\b(?:should|recommended|ideally)\b/],
	['permit', /\b(?:may|can|optional(?:ly)?)\b/],
];

// Chinese, as whole words of a segmented text (应 is no part of 应用, 可 of 可能): the words of
// obligation, prohibition, advice and permission. A prohibition is kept by any negation (English
// "No retry logic" is 无重试逻辑, "Don't add" 不添加); one is added only by words that forbid.
const forbidding = new Set(
	'不得 不能 不可 不可以 不应 不应该 不应当 不要 不准 不许 禁止 严禁 绝不 决不 绝对不要 切勿 请勿 勿 别 切忌 千万不要 永远不要'.split(
		' '
	)
);
const negating = new Set([
	...forbidding,
	...'不 无 没 没有 未 从不 从未 从没 从来不 无需 不必 不需要 非 避免'.split(' '),
]);
const chinese: Record<Exclude<Force, 'forbid'>, ReadonlySet<string>> = {
	require: new Set(
		'必须 务必 一定 一定要 始终 总是 永远 一律 需 需要 要 确保 必需 务须 须'.split(' ')
	),
	advise: new Set('应 应该 应当 建议 推荐 最好 宜 尽量 优先'.split(' ')),
	permit: new Set('可以 可 能 能够 可选 允许 不妨'.split(' ')),
};

/**
 * The forces an English text's instructions have.
 * @example
 * englishForces('You MUST NOT commit secrets; always run the tests') // => Set { 'forbid', 'require' }
 */
export function englishForces(text: string): Set<Force> {
	const lower = text.toLowerCase();
	// "must not" is a prohibition, not also a "must": once matched, it is taken out.
	const forbidding = english[0]![1];
	const found = new Set<Force>(forbidding.test(lower) ? ['forbid'] : []);
	const rest = lower.replace(new RegExp(forbidding.source, 'g'), ' ');
	for (const [force, pattern] of english.slice(1)) if (pattern.test(rest)) found.add(force);
	return found;
}

/**
 * The forces a Chinese text's instructions have, from its words (as jieba cuts them), and
 * `negate` when it negates at all (不, 无, 没有 …), which keeps an original's prohibition.
 * @example
 * chineseForces(['你', '必须', '运行', '测试', '，', '切勿', '提交', '密钥']) // => Set { 'require', 'forbid', 'negate' }
 */
export function chineseForces(words: readonly string[]): Set<Force | 'negate'> {
	const found = new Set<Force | 'negate'>();
	for (const word of words) {
		if (forbidding.has(word)) found.add('forbid');
		if (negating.has(word)) found.add('negate');
		for (const force of ['require', 'advise', 'permit'] as const)
			if (chinese[force].has(word)) found.add(force);
	}
	return found;
}

/**
 * What a translation changed of its original's force, if anything, as each side's forces: a
 * prohibition lost (a negation dropped), a requirement of which only advice or permission is left
 * (必须 → 可以; translators often leave a "must" implied, so a requirement left unsaid is no
 * finding), or a prohibition the original does not make.
 * @example
 * forceChange(new Set(['require']), new Set(['permit'])) // => { original: ['require'], translation: ['permit'] }
 * forceChange(new Set(['require']), new Set(['require'])) // => undefined
 */
export function forceChange(
	original: Set<Force>,
	translation: Set<Force | 'negate'>
): { original: Force[]; translation: Force[] } | undefined {
	const lostProhibition = original.has('forbid') && !translation.has('negate');
	const weakened =
		original.has('require') &&
		!translation.has('require') &&
		!translation.has('forbid') &&
		(translation.has('permit') || translation.has('advise'));
	const addedProhibition =
		translation.has('forbid') && !original.has('forbid') && original.size > 0;
	if (!lostProhibition && !weakened && !addedProhibition) return undefined;
	const ordered = (set: Set<string>) => forces.filter((force) => set.has(force));
	return { original: ordered(original), translation: ordered(translation) };
}
