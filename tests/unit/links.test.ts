import { describe, expect, test } from 'vitest';
import { languageKeys } from '../../src/i18n/languages';
import {
	compactSource,
	preferredLanguage,
	redirectScript,
	scriptLiteral,
} from '../../src/i18n/preference';
import { sectionLinks, type SkillLinks } from '../../src/links/section-links';
import {
	withEscapedTitle,
	withOpenGraphLocales,
	withPreviewLimits,
} from '../../src/navigation/head';
import { previewLimits } from '../../src/previews/preview-text';
import { graphemeCount } from '../support/previews';
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
	const run = (
		stored: string | null,
		languages: string[],
		here?: 'en' | 'zh',
		hash = '#capabilities'
	) => {
		const replaced: string[] = [];
		const globals = {
			localStorage: { getItem: () => stored },
			navigator: { languages },
			location: { search: '?view=en', hash, replace: (to: string) => replaced.push(to) },
		};
		const script = redirectScript({ en: '/en/', zh: '/zh/' }, here);
		new Function(...Object.keys(globals), script)(...Object.values(globals));
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

	test('cannot be ended by what a path holds', () => {
		const script = redirectScript({ en: '/</script><b>/', zh: '/zh/' });
		expect(script).not.toMatch(/<\/script/i);
		expect(script).not.toContain('<!--');
	});
});

test('scriptLiteral is JSON that no HTML parser reads as the end of a script', () => {
	const value = { path: '</script><!--', line: '\u2028', and: '&' };
	expect(scriptLiteral(value)).not.toMatch(/[<>&\u2028]/);
	expect(JSON.parse(scriptLiteral(value))).toEqual(value);
});

test('compactSource keeps a function working in fewer bytes', () => {
	const compacted = compactSource(preferredLanguage);
	expect(compacted.length).toBeLessThan(preferredLanguage.toString().length);
	expect(compacted).not.toMatch(/\s{2}|\n/);
	const again = new Function(`return (${compacted})`)() as typeof preferredLanguage;
	expect(again(null, ['zh-TW'], languageKeys)).toBe('zh');
	expect(again(null, ['fr', 'en_GB'], languageKeys)).toBe('en');
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
			neutral: 'https://skills.example.org/go/x/capabilities/',
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
		expect(sectionLinks(links, '能力范围', '能力范围').neutral).toBe(
			'https://skills.example.org/go/x/%E8%83%BD%E5%8A%9B%E8%8C%83%E5%9B%B4/'
		);
	});

	test('gives an id too long to name a folder the skill’s language-neutral page and a fragment', () => {
		const long = 'a'.repeat(256);
		expect(sectionLinks(links, long, 'Long').neutral).toBe(
			`https://skills.example.org/go/x/#${long}`
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

test('withPreviewLimits cuts what unfurlers read as a preview, and leaves the rest whole', () => {
	const long = 'Creating algorithmic art using p5.js with seeded randomness. '.repeat(8);
	const head = [
		{ tag: 'title' as const, content: long },
		{ tag: 'meta' as const, attrs: { property: 'og:title', content: long } },
		{ tag: 'meta' as const, attrs: { property: 'og:description', content: long } },
		{ tag: 'meta' as const, attrs: { name: 'description', content: long } },
		{ tag: 'meta' as const, attrs: { property: 'og:url', content: long } },
	];
	const [title, ogTitle, ogDescription, description, url] = withPreviewLimits(head);
	expect(title).toEqual(head[0]);
	expect(graphemeCount(ogTitle!.attrs!.content as string)).toBeLessThanOrEqual(previewLimits.title);
	expect(ogDescription!.attrs!.content).toMatch(/^Creating algorithmic art .*…$/);
	expect(graphemeCount(ogDescription!.attrs!.content as string)).toBeLessThanOrEqual(
		previewLimits.description
	);
	expect(description!.attrs!.content).toBe(ogDescription!.attrs!.content);
	expect(url).toEqual(head[4]);
	expect(
		withPreviewLimits(
			head.slice(1, 2).map((e) => ({ ...e, attrs: { ...e.attrs, content: 'Short' } }))
		)[0]!.attrs!.content
	).toBe('Short');
});
