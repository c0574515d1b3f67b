/**
 * Whether a text negates: a negation a translation dropped ("X does not support Y" → "X 支持 Y")
 * says the opposite in one language, whether or not it instructs.
 */

// English negations, as words ("not only" is no negation of anything).
const english =
	/\b(?:not(?!\s+only\b)|no|never|none|nothing|nobody|neither|nor|without|cannot)\b|n[’']t\b/gi;
// Chinese negation morphemes, but in the words where they negate nothing: 不同 (different), 不断
// (constantly), 不过 (but), 不仅 (not only), 无论 (whatever), 非常 (very), 未来 (future), 并且 …
const chinese = /不(?![同断过仅久论管但然足])|没|无(?!论)|未(?!来)|非(?!常)|勿|莫|否|禁/g;

/**
 * How many negations a text has, in either language.
 * @example
 * negations('Do not deploy without tests') // => 2
 * negations('不要在没有测试的情况下部署') // => 2
 * negations('不同的部署方式') // => 0
 */
export function negations(text: string): number {
	return (text.match(english)?.length ?? 0) + (text.match(chinese)?.length ?? 0);
}
