import { describe, expect, test } from 'vitest';
import { languageKeys } from '../../src/i18n/languages';
import { compareViews, readViewState } from '../../src/compare/view-state';
import { preferredLanguage, redirectScript } from '../../src/i18n/preference';

// Values the browser hands over are not always what its types say: extensions, privacy tools,
// old browsers and hand-edited storage put numbers, null or objects there.
const junk = [undefined, null, 0, 42, NaN, true, {}, { toLowerCase: 1 }, [], [['zh']], () => 'zh'];

describe('preferredLanguage passes over values that are not language tags', () => {
	test.each(junk)('in navigator.languages: %o', (value) => {
		expect(preferredLanguage(null, [value, 'zh-CN'], languageKeys)).toBe('zh');
		expect(preferredLanguage(null, [value], languageKeys)).toBe('en');
	});

	test.each(junk)('as navigator.languages itself, or the stored choice: %o', (value) => {
		expect(preferredLanguage(null, value, languageKeys)).toBe('en');
		expect(preferredLanguage(value, ['zh-CN'], languageKeys)).toBe('zh');
	});

	test('takes a single tag, and tags written with _ or spaces', () => {
		expect(preferredLanguage(null, 'zh-CN', languageKeys)).toBe('zh');
		expect(preferredLanguage(null, ['zh_CN'], languageKeys)).toBe('zh');
		expect(preferredLanguage(null, [' EN-us '], languageKeys)).toBe('en');
	});

	test('still runs as the inlined /go/ script when navigator.languages holds junk', () => {
		const replaced: string[] = [];
		const globals = {
			localStorage: { getItem: () => 42 },
			navigator: { languages: [null, 7, { tag: 'en' }, 'zh-TW'], language: undefined },
			location: { search: '', hash: '', replace: (to: string) => replaced.push(to) },
		};
		new Function(...Object.keys(globals), redirectScript({ en: '/en/', zh: '/zh/' }))(
			...Object.values(globals)
		);
		expect(replaced).toEqual(['/zh/']);
	});
});

describe('readViewState passes over a query or stored values that are not strings', () => {
	test.each(junk)('stored view or swap: %o', (value) => {
		expect(readViewState('', { view: value, swap: value }, false, compareViews)).toEqual({
			view: 'side-by-side',
			swap: false,
			shown: 'side-by-side',
		});
	});

	test('no stored values at all, or a query that is not a string', () => {
		expect(readViewState('?view=en', null, false, compareViews).view).toBe('en');
		expect(readViewState({ view: 'en', swap: '1' }, null, false, compareViews)).toEqual({
			view: 'side-by-side',
			swap: false,
			shown: 'side-by-side',
		});
		expect(readViewState(null, { view: 'zh', swap: '1' }, false, compareViews).view).toBe('zh');
	});
});
