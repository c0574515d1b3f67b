import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languageKeys, languages, type LanguageKey } from '../../src/i18n/languages';
import { localizedPath, skillPath } from '../../src/navigation/paths';
import { previewLimits } from '../../src/previews/preview-text';
import { defaultSiteUrl } from '../../src/site';
import { builtSites, htmlPages } from '../support/built-sites';
import { graphemeCount, pageHead, unfurl } from '../support/previews';
import { loadModel } from '../support/skills';

// What a wiki or a chat shows of a link to each kind of page, read from the built HTML by
// open-graph-scraper as unfurlers read it (no script). The language-neutral /go/ pages have their
// own checks (go-pages.test.ts).

const skill = loadModel('mlops-engineer');
const absolute = (path: string) => `${defaultSiteUrl}${path}`;
const other = (key: LanguageKey) => languageKeys.find((each) => each !== key)!;

const kinds = languageKeys.flatMap((key) => [
	{ kind: 'home', key, path: localizedPath('/', key), description: undefined },
	{ kind: 'skill', key, path: skillPath(skill.name, key), description: skill.description },
	{
		kind: 'compare',
		key,
		path: skillPath(skill.name, key, '/', 'compare'),
		description: skill.description,
	},
]);
const fileOf = (path: string) => join('dist', path, 'index.html');
const pathIn = (kind: string, key: LanguageKey) =>
	kinds.find((each) => each.kind === kind && each.key === key)!.path;

describe.each(kinds)('the $key $kind page', ({ kind, key, path, description }) => {
	test('unfurls in its language, with the other as its alternate', async () => {
		const html = readFileSync(fileOf(path), 'utf8');
		const card = await unfurl(html);
		expect(card.ogTitle).toMatch(/.+/);
		if (description) expect(card.ogDescription).toContain(description[key].text);
		expect(card.ogLocale).toBe(languages[key].ogLocale);
		expect(card.ogLocaleAlternate).toBe(languages[other(key)].ogLocale);
		const head = pageHead(html);
		expect(head.canonical).toBe(absolute(path));
		expect(head.alternates).toEqual({
			[languages.en.lang]: absolute(pathIn(kind, 'en')),
			[languages.zh.lang]: absolute(pathIn(kind, 'zh')),
			'x-default': absolute(pathIn(kind, 'en')),
		});
	});
});

describe.each(builtSites)('every page of %s', (site) => {
	test('has a preview within the limits unfurlers cut at', async () => {
		const over: string[] = [];
		for (const page of htmlPages(site).filter((page) => !page.startsWith('go/'))) {
			const card = await unfurl(readFileSync(join(site, page), 'utf8'));
			for (const [what, text, max] of [
				['og:title', card.ogTitle, previewLimits.title],
				['og:description', card.ogDescription, previewLimits.description],
			] as const) {
				if (text && graphemeCount(text) > max) over.push(`${page} ${what}: ${graphemeCount(text)}`);
			}
		}
		expect(over).toEqual([]);
	});
});

test('the sitemap lists every page with its alternates, and no language-neutral link', () => {
	const sitemap = readdirSync('dist')
		.filter((file) => /^sitemap-\d+\.xml$/.test(file))
		.map((file) => readFileSync(join('dist', file), 'utf8'))
		.join('');
	for (const { path } of kinds) expect(sitemap).toContain(`<loc>${absolute(path)}</loc>`);
	expect(sitemap).toContain(
		`<xhtml:link rel="alternate" hreflang="zh-CN" href="${absolute(skillPath(skill.name, 'zh'))}"/>`
	);
	expect(sitemap).not.toContain('/go/');
});
