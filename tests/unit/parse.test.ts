import { readdirSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it, test } from 'vitest';
import { parseGfm } from '../../src/markdown/parse';
import { Recent } from '../../src/markdown/recent';
import { languageKeys } from '../../src/i18n/languages';
import { readProjectFile, loadModel } from '../support/skills';
import { skillPairs } from '../support/texts';

// The site parses texts with Sätteri for speed; remark-parse with remark-gfm is the reference
// for what GFM means. The two must give the same tree for every text people write.
const remark = unified().use(remarkParse).use(remarkGfm);

/** A tree without positions or empty `data`, with keys in order, to compare by value. */
function plain(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(plain);
	if (!node || typeof node !== 'object') return node;
	return Object.fromEntries(
		Object.entries(node)
			.filter(([key, value]) => key !== 'position' && value !== undefined)
			.filter(([key, value]) => key !== 'data' || (value && Object.keys(value).length))
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([key, value]) => [key, plain(value)])
	);
}

const same = (markdown: string) =>
	expect(plain(parseGfm(markdown))).toEqual(plain(remark.parse(markdown)));

const realSkills = readdirSync(new URL('../fixtures/real-skills/', import.meta.url), {
	withFileTypes: true,
})
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);

describe('parseGfm gives remark-gfm’s tree', () => {
	it.each(realSkills)('for every SKILL.md of %s, whole', (name) => {
		const dir = `tests/fixtures/real-skills/${name}`;
		const files = readdirSync(new URL(`../../${dir}/`, import.meta.url));
		for (const file of files.filter((f) => f.endsWith('.md'))) {
			same(readProjectFile(`${dir}/${file}`));
		}
	});

	const fixtures = readdirSync(new URL('../fixtures/skills/', import.meta.url));
	it.each(fixtures)('for every text of the fixture %s', (name) => {
		const model = loadModel(`tests/fixtures/skills/${name}/skill.yaml`);
		for (const pair of skillPairs(model)) {
			for (const key of languageKeys) same(pair[key].markdown);
		}
	});

	it('for the constructs GFM adds and CommonMark’s corners', () => {
		for (const markdown of [
			'a [^1] b\n\n[^1]: a note',
			'- [x] done\n- [ ] open',
			'| a | b |\n| :- | -: |\n| 1 | 2 |',
			'~~gone~~ www.example.com https://example.com/a_(b)',
			'Title\n=====\n\nSub\n---',
			'<div>\n*x*\n</div>',
			'1) one\n2) two\n\n   lazy',
			'> quote\ncontinued\n> - item',
			'[ref]\n\n[ref]: https://example.com "Title"',
			'    indented code\n\n```js title="x"\nfenced\n```',
			'a\\\nb  \nc &amp; &#x4e2d; `co``de`',
		]) {
			same(markdown);
		}
	});
});

// The cache parseText keeps its recent trees in.
describe('Recent', () => {
	test('keeps the last values made, up to its limit, dropping the oldest first', () => {
		const made: string[] = [];
		const recent = new Recent<string, string>(2);
		const get = (key: string) => recent.get(key, (k) => (made.push(k), k.toUpperCase()));
		expect([get('a'), get('b'), get('a')]).toEqual(['A', 'B', 'A']);
		expect(made).toEqual(['a', 'b']);
		get('c'); // drops a
		get('a');
		expect(made).toEqual(['a', 'b', 'c', 'a']);
	});
});
