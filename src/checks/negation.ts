/**
 * Whether a text negates: a negation a translation dropped ("X does not support Y" → "X 支持 Y")
 * says the opposite in one language, whether or not it instructs. Each side's negations are
 * listed as written, so that a finding says what each language has.
 */

// English negations, as words ("not only" is no negation of anything); "non" and "-free" make
// one of the word they join ("non-negotiable", "error-free"), as 非, 不 and 无 do in Chinese, and
// "rather than" is what 而不是 says.
const english =
	/\b(?:not(?!\s+only\b)|no|never|none|nothing|nobody|neither|nor|without|cannot|non|rather\s+than)\b|n[’']t\b|\b(?<=\w-)free\b/gi;
/**
 * Chinese negation morphemes, but in the words where they negate nothing: 不同 (different), 不断
 * (constantly), 不过 (but), 不仅 (not only), 无论 (whatever), 非常 (very), 未来 (future), and 否
 * asking or joining (是否 "whether", 能否, 可否, 与否, 否则 "otherwise").
 * @example
 * '不可见'.match(chineseNegation) // => ['不']
 */
export const chineseNegation =
	/不(?![同断过仅久论管但然])|没|无(?!论)|未(?!来)|非(?!常)|勿|莫|(?<![是能可与])否(?!则)|禁/g;

/**
 * A text's negation words, in either language, as written, in order.
 * @example
 * negationWords('Do not deploy without tests') // => ['not', 'without']
 * negationWords('不要在没有测试的情况下部署') // => ['不', '没']
 * negationWords('检查是否不同') // => []
 */
export function negationWords(text: string): string[] {
	return [...(text.match(english) ?? []), ...(text.match(chineseNegation) ?? [])];
}

/**
 * How many negations a text has, in either language.
 * @example
 * negations('Do not deploy without tests') // => 2
 * negations('不要在没有测试的情况下部署') // => 2
 * negations('不同的部署方式') // => 0
 */
export function negations(text: string): number {
	return negationWords(text).length;
}
