import { fill } from '../i18n/fill';
import { t } from '../i18n/ui';
import type { LanguageKey } from '../i18n/languages';
import type { Finding } from './pair-check';

/**
 * A finding in words of one language: what the check looked at, and what each side has, numbers,
 * code and addresses as written, forces named (`requires`, `要求`).
 * @example
 * describeFinding({ rule: 'number', original: ['30'], translation: ['45'] }, 'en')
 * // => 'Numbers differ: the translation has 45; the English has 30.'
 * describeFinding({ rule: 'force', original: ['require'], translation: ['permit'] }, 'zh')
 * // => '指令的强度不同：英文原文要求；译文允许。'
 */
export function describeFinding(
	{ rule, original, translation }: Finding,
	key: LanguageKey
): string {
	const ui = t(key);
	const none = ui('check.none');
	const said = (items: string[]) =>
		rule === 'force'
			? items.map((force) => ui(`check.force.${force as 'require'}`)).join(ui('check.and')) ||
				ui('check.force.nothing')
			: items.map((item) => (rule === 'code' ? `\`${item}\`` : item)).join(ui('check.list')) ||
				none;
	return fill(ui(`check.${rule}`), { original: said(original), translation: said(translation) });
}
