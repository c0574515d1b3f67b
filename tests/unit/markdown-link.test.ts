import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import {
	markdownLinkText,
	markdownLinkUrl,
	sectionLinks,
	type SkillLinks,
} from '../../src/links/section-links';

/** How a GFM renderer reads a Markdown text: its nodes, with positions left out. */
function parse(markdown: string) {
	const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
	return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)));
}

/** The one link a Markdown text holds: its URL and its children, or what it holds instead. */
function onlyLink(markdown: string) {
	const [paragraph, ...rest] = parse(markdown).children;
	const [link, ...others] = paragraph?.children ?? [];
	return { url: link?.url, text: link?.children, others: [...others, ...rest] };
}

const titles = [
	'Raw <b onclick="x()">bold</b> & <script>alert(1)</script>',
	'*stars* and _under_ and **strong**',
	'Code `x` and ``y``',
	'A | table | cell',
	'~~struck~~ and $math$ and $$ double',
	'Nested [link](https://evil.example) and ![image](x.png)',
	'Back\\slash \\[ and &amp; entity and &#60; number',
	'Line\nbreak\rand\ttab',
	'Autolink <https://evil.example> and https://a.example',
];

describe('markdownLinkText', () => {
	test.each(titles)('shows %j as it is, inside one link', (title) => {
		const markdown = `[${markdownLinkText(title)}](https://a.example/)`;
		const { url, text, others } = onlyLink(markdown);
		expect(url).toBe('https://a.example/');
		expect(others).toEqual([]);
		// Plain text only: no html, emphasis, code, link, image, strikethrough or math nodes.
		expect(text).toEqual([{ type: 'text', value: title.replace(/\s+/g, ' ') }]);
	});

	test('stays in its table cell', () => {
		const cell = markdownLinkText('a | b');
		const table = parse(`| Link |\n| --- |\n| [${cell}](https://a.example/) |`).children[0];
		expect(table.type).toBe('table');
		expect(table.children[1].children).toHaveLength(1);
	});

	test('writes HTML characters as entities and Markdown punctuation with a backslash', () => {
		expect(markdownLinkText('<a> & [b] * _ ` | ~ $ \\')).toBe(
			'&lt;a&gt; &amp; \\[b\\] \\* \\_ \\` \\| \\~ \\$ \\\\'
		);
	});
});

describe('markdownLinkUrl', () => {
	test.each([
		'https://a.example/my docs/(draft)/#a(b)',
		'https://a.example/x)/#y',
		'https://a.example/a<b>\\c/',
		'https://a.example/\u3000/',
	])('keeps %j whole as the link’s URL', (url) => {
		const { url: parsed, others } = onlyLink(`[x](${markdownLinkUrl(url)})`);
		expect(others).toEqual([]);
		expect(decodeURIComponent(parsed)).toBe(url);
	});

	test('percent-encodes what would end or escape the URL', () => {
		expect(markdownLinkUrl('https://a.example/my docs/(x)/')).toBe(
			'https://a.example/my%20docs/%28x%29/'
		);
		expect(markdownLinkUrl('https://a.example/a\\b/\u3000')).toBe(
			'https://a.example/a%5Cb/%E3%80%80'
		);
	});
});

test('sectionLinks writes a Markdown link any title and site are safe in', () => {
	const links: SkillLinks = {
		site: 'https://a.example/my docs (draft)',
		paths: {
			en: '/skills/x/',
			zh: '/zh-cn/skills/x/',
			compare: '/skills/x/compare/',
			neutral: '/go/x/',
		},
		current: 'en',
		skillTitle: 'Skill <i>x</i>',
	};
	const markdown = sectionLinks(links, 'a(b)', 'Raw <b>bold</b> *x*').markdown;
	expect(markdown).toBe(
		'[Raw &lt;b&gt;bold&lt;/b&gt; \\*x\\* — Skill &lt;i&gt;x&lt;/i&gt;](https://a.example/my%20docs%20%28draft%29/skills/x/#a%28b%29)'
	);
	expect(onlyLink(markdown).text).toEqual([
		{ type: 'text', value: 'Raw <b>bold</b> *x* — Skill <i>x</i>' },
	]);
});
