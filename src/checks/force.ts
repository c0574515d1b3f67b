/**
 * The force of an instruction, in each language: what a text requires, forbids, advises or
 * permits. A skill is a set of instructions to an agent, and "must" turned into "may" (必须 →
 * 可以), or a "never" lost, changes what the agent does in one language only.
 */

import { negations } from './negation';
import { segment } from './segment';

/** The forces an instruction can have, strongest first. */
export const forces = ['forbid', 'require', 'advise', 'permit'] as const;
export type Force = (typeof forces)[number];
/** What else a Chinese text's words say of force: that it negates (不, 无 …), softens a
 * prohibition (不建议, 尽量不要), or waives a need (不必, 无需). */
type Marker = 'negate' | 'soften' | 'waive';

// English: the words RFC 2119 gives force to, and the imperatives skills write ("never", "do not",
// "always", "No …" opening a rule), in any case. A negated modal is a prohibition, never its
// positive. Descriptive negation ("it cannot be named", "data doesn't change") is no instruction.
const english: [Force, RegExp][] = [
	[
		'forbid',
		/\b(?:must|shall|should|may)\s+not\b|\b(?:mustn|shouldn|shan|don)[’']t\b|\bnever\b|\bdo\s+not\b|(?:^|[.:!;?*]\s*)no\b/,
	],
	['require', /\b(?:must|shall|always|required|mandatory|need(?:s)? to|have to|has to)\b/],
	['advise', /\b(?:should|recommended|ideally)\b/],
	['permit', /\b(?:may|can|optional(?:ly)?)\b/],
];

// Saying that something need not be done: a permission the original must say too.
const englishWaiver =
	/\b(?:need\s+not|needn[’']t|(?:do|does|don[’']t|doesn[’']t)\s+(?:not\s+)?need|no\s+need|not\s+(?:required|necessary|needed)|no\b[^.;:!?]{0,40}\b(?:needed|required)|without|unnecessary|optional(?:ly)?)\b/i;
const chineseWaiver = /不必|无需|不需要|没必要|无须/;

// Chinese, as whole words of a segmented text (应 is no part of 应用, 可 of 可能): the words of
// obligation, prohibition, advice and permission. A prohibition is kept by any negation (English
// "No retry logic" is 无重试逻辑, "Don't add" 不添加), but not by "need not" (不必, 无需), which
// permits; one is added only by words that forbid.
const forbidding = new Set(
	'不得 不能 不可 不可以 不应 不应该 不应当 不要 不准 不许 禁止 严禁 绝不 决不 绝对不要 切勿 请勿 勿 别 切忌 千万不要 永远不要'.split(
		' '
	)
);
const chinese: Record<Exclude<Force, 'forbid'>, ReadonlySet<string>> = {
	require: new Set(
		'必须 务必 一定 一定要 始终 总是 永远 一律 需 需要 要 确保 必需 务须 须 只能'.split(' ')
	),
	advise: new Set('应 应该 应当 建议 推荐 最好 宜 优先'.split(' ')),
	permit: new Set('可以 可 能 能够 可选 允许 不妨 不必 无需 不需要 尽量 通常'.split(' ')),
};
// A prohibition softened into advice ("not recommended", "try not to"): it forbids nothing.
const discouraging = /尽量不要|尽量避免|尽量别|不建议|不推荐|最好不要|最好别/;

/**
 * The forces an English text's instructions have.
 * @example
 * englishForces('You MUST NOT commit secrets; always run the tests') // => Set { 'forbid', 'require' }
 */
export function englishForces(text: string): Set<Force | 'waive'> {
	const lower = text.toLowerCase();
	// "must not" is a prohibition, not also a "must": once matched, it is taken out.
	const forbidding = english[0]![1];
	const found = new Set<Force | 'waive'>(forbidding.test(lower) ? ['forbid'] : []);
	if (englishWaiver.test(lower)) found.add('waive');
	const rest = lower.replace(new RegExp(forbidding.source, 'g'), ' ');
	for (const [force, pattern] of english.slice(1)) if (pattern.test(rest)) found.add(force);
	return found;
}

/**
 * The forces a Chinese text's instructions have, from its words (as jieba cuts them), and
 * `negate` when it negates at all (不, 无, 没有 …), which keeps an original's prohibition. A
 * softened prohibition (不建议, 尽量不要) advises.
 * @example
 * chineseForces('你必须运行测试，切勿提交密钥') // => Set { 'require', 'forbid', 'negate' }
 * chineseForces('不建议提交密钥') // => Set { 'advise' }
 */
export function chineseForces(text: string): Set<Force | Marker> {
	const found = new Set<Force | Marker>();
	// The words of a softened prohibition are no prohibition: the rest is read without them.
	const softened = discouraging.test(text);
	if (softened) found.add('advise').add('soften');
	if (chineseWaiver.test(text)) found.add('waive');
	const rest = softened ? text.replace(new RegExp(discouraging, 'g'), '，') : text;
	if (negations(rest) > 0) found.add('negate');
	const words = segment(rest);
	for (const word of words) {
		if (forbidding.has(word)) found.add('forbid');
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
	original: Set<Force | 'waive'>,
	translation: Set<Force | Marker>
): { original: Force[]; translation: Force[] } | undefined {
	const has = (force: Force | Marker) => translation.has(force);
	// A prohibition lost (a negation dropped), or softened into advice (禁止 → 不建议).
	const lostProhibition =
		original.has('forbid') && (!has('negate') || (has('soften') && !has('forbid')));
	// A requirement of which only advice or permission is left (必须 → 可以, 始终 → 通常); one
	// left unsaid is no finding, since translators often leave a "must" implied.
	const weakened = original.has('require') && !has('require') && (has('permit') || has('advise'));
	// Advice made a permission (应该 → 可以), a need waived (不必) that the original does not waive.
	const permitted =
		original.has('advise') &&
		!original.has('permit') &&
		has('permit') &&
		!has('advise') &&
		!has('require') &&
		!has('forbid');
	const waived = has('waive') && !original.has('waive');
	const addedProhibition =
		has('forbid') && !original.has('forbid') && forces.some((f) => original.has(f));
	if (!lostProhibition && !weakened && !permitted && !waived && !addedProhibition) return undefined;
	const ordered = (set: Set<string>) => forces.filter((force) => set.has(force));
	return { original: ordered(original), translation: ordered(translation) };
}
