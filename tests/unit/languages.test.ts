import { describe, expect, expectTypeOf, test } from 'vitest';
import {
	languageKeys,
	languages,
	otherLanguage,
	roleOf,
	type LanguageKey,
} from '../../src/i18n/languages';

describe('two languages, by design', () => {
	test('the list of languages is the original and its translation, in that order', () => {
		expectTypeOf(languageKeys).toEqualTypeOf<readonly ['en', 'zh']>();
		expectTypeOf<LanguageKey>().toEqualTypeOf<'en' | 'zh'>();
		expect(Object.keys(languages)).toEqual([...languageKeys]);
		expect(languageKeys.map(roleOf)).toEqual(['original', 'translation']);
		expect(languageKeys.map(otherLanguage)).toEqual(['zh', 'en']);
	});
});
