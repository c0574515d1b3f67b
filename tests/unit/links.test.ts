import { describe, expect, test } from 'vitest';
import { languageKeys } from '../../src/i18n/languages';
import { preferredLanguage, redirectScript } from '../../src/i18n/preference';
import { sectionLinks, type SkillLinks } from '../../src/links/section-links';
import { withEscapedTitle, withOpenGraphLocales } from '../../src/navigation/head';
import { neutralPath } from '../../src/navigation/paths';
import { sectionAtTop } from '../../src/navigation/section-at-top';
import { siteUrl } from '../../src/site';

describe('preferredLanguage', () => {
	test('keeps the reader’s choice over the browser’s', () => {
		expect(preferredLanguage('en', ['zh-CN'], languageKeys)).toBe('en');
		expect(preferredLanguage('zh', ['en-US'], languageKeys)).toBe('zh');
	});

	test('otherwise takes the first Chinese or English browser language', () => {
		expect(preferredLanguage(null, ['zh-CN', 'en'], languageKeys)).toBe('zh');
		expect(preferredLanguage(null, ['zh-Hant-TW'], languageKeys)).toBe('zh');
		expect(preferredLanguage(null, ['fr-FR', 'zh'], languageKeys)).toBe('zh');
		expect(preferredLanguage(null, ['de', 'en-GB', 'zh'], languageKeys)).toBe('en');
	});

	test('falls back to English', () => {
		expect(preferredLanguage(null, ['fr-FR', 'ja'], languageKeys)).toBe('en');
		expect(preferredLanguage('klingon', [], languageKeys)).toBe('en');
	});
});

describe('redirectScript', () => {
	const run = (stored: string | null, languages: string[], here?: 'en' | 'zh') => {
		const replaced: string[] = [];
		const globals = {
			localStorage: { getItem: () => stored },
			navigator: { languages },
			location: {
				search: '?view=en',
				hash: '#capabilities',
				replace: (to: string) => replaced.push(to),
			},
		};
		new Function(...Object.keys(globals), redirectScript({ en: '/en/', zh: '/zh/' }, here))(
			...Object.values(globals)
		);
		return replaced;
	};

	test('sends readers on, keeping the query and the section', () => {
		expect(run(null, ['zh-CN'])).toEqual(['/zh/?view=en#capabilities']);
		expect(run('en', ['zh-CN'])).toEqual(['/en/?view=en#capabilities']);
	});

	test('leaves readers who are already in their language', () => {
		expect(run(null, ['en-US'], 'en')).toEqual([]);
		expect(run('zh', ['en-US'], 'en')).toEqual(['/zh/?view=en#capabilities']);
	});
});

test('sectionAtTop is the last section that has reached the top of the view', () => {
	const headings = [
		{ id: 'a', top: -800 },
		{ id: 'b', top: 80 },
		{ id: 'c', top: 300 },
	];
	expect(sectionAtTop(headings, 100)).toBe('b');
	expect(sectionAtTop(headings, 50)).toBe('a');
	expect(sectionAtTop([{ id: 'a', top: 400 }], 100)).toBeUndefined();
});

describe('sectionLinks', () => {
	const links: SkillLinks = {
		site: 'https://skills.example.org/',
		paths: {
			en: '/skills/x/',
			zh: '/zh-cn/skills/x/',
			compare: '/zh-cn/skills/x/compare/',
			neutral: '/go/x/',
		},
		current: 'zh',
		skillTitle: 'MLOps工程师',
	};

	test('gives every view of the section as an absolute URL', () => {
		expect(sectionLinks(links, 'capabilities', '能力范围')).toEqual({
			en: 'https://skills.example.org/skills/x/#capabilities',
			zh: 'https://skills.example.org/zh-cn/skills/x/#capabilities',
			compare: 'https://skills.example.org/zh-cn/skills/x/compare/#capabilities',
			neutral: 'https://skills.example.org/go/x/#capabilities',
			markdown: '[能力范围 — MLOps工程师](https://skills.example.org/zh-cn/skills/x/#capabilities)',
		});
	});

	test('links the Markdown to the view the reader is on, with brackets escaped', () => {
		const markdown = sectionLinks({ ...links, current: 'compare' }, 'a', 'Use [x]').markdown;
		expect(markdown).toBe(
			'[Use \\[x\\] — MLOps工程师](https://skills.example.org/zh-cn/skills/x/compare/#a)'
		);
	});

	test('encodes ids that are not ASCII', () => {
		expect(sectionLinks(links, '能力范围', '能力范围').en).toBe(
			'https://skills.example.org/skills/x/#%E8%83%BD%E5%8A%9B%E8%8C%83%E5%9B%B4'
		);
	});
});

test('withOpenGraphLocales writes og:locale as language_TERRITORY and adds the other language', () => {
	const head = [
		{ tag: 'meta' as const, attrs: { property: 'og:locale', content: 'zh-CN' } },
		{ tag: 'meta' as const, attrs: { property: 'og:title', content: 'x' } },
	];
	expect(withOpenGraphLocales(head, 'zh')).toEqual([
		{ tag: 'meta', attrs: { property: 'og:locale', content: 'zh_CN' } },
		{ tag: 'meta', attrs: { property: 'og:title', content: 'x' } },
		{ tag: 'meta', attrs: { property: 'og:locale:alternate', content: 'en_US' } },
	]);
});

test('neutralPath and siteUrl', () => {
	expect(neutralPath('x', '/docs/')).toBe('/docs/go/x/');
	expect(siteUrl({})).toBe('http://localhost:4321');
	expect(siteUrl({ SITE_URL: 'https://a.b' })).toBe('https://a.b');
});

test('withEscapedTitle keeps a title from ending the <title> element', () => {
	expect(
		withEscapedTitle([
			{ tag: 'title', content: 'a </title><script>x()</script> & b' },
			{ tag: 'meta', attrs: { name: 'x' } },
		])
	).toEqual([
		{ tag: 'title', content: 'a &lt;/title&gt;&lt;script&gt;x()&lt;/script&gt; &amp; b' },
		{ tag: 'meta', attrs: { name: 'x' } },
	]);
});
