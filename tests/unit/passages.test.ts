import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { copyLater } from '../../src/links/clipboard-later';
import { counterparts } from '../../src/links/passage-counterpart';
import { quoteMarkdown } from '../../src/links/passage-quote';
import { passageSection } from '../../src/links/passage-section';
import { markdownLinkUrl } from '../../src/links/section-links';
import { parseGfm } from '../../src/markdown/parse';
import { blockPairs } from '../../src/model/blocks';
import { skillModel } from '../../src/model/skill-model';
import { parseSkill } from '../../src/source/parse-skill';
import { compareHtml } from '../../src/views/compare-tree';
import { pageHtml } from '../../src/views/page-html';
import { changedSentence, withChangedSentence } from '../support/outdated';
import { loadModel, readProjectFile } from '../support/skills';

// Every paragraph, list item, table and block of code is a passage with one anchor, its id on
// the English page, the Chinese page and its compare row (views/passages.ts).

const passageId = /^[^.]+\.[0-9a-f]{6}(-\d+)?$/;

/** The passages' ids of a view, with the element each is on. */
async function passages(html: Promise<string>) {
	const tree = fromHtml(await html, { fragment: true });
	return selectAll('[id]', tree)
		.filter((element) => passageId.test(String(element.properties.id)))
		.map((element) => ({ id: String(element.properties.id), element }));
}

const views = (model: ReturnType<typeof loadModel>) =>
	Promise.all([
		passages(pageHtml(model, 'en', (title) => title)),
		passages(pageHtml(model, 'zh', (title) => title)),
		passages(compareHtml(model, 'en', '/')),
	]);

describe('passage anchors', () => {
	for (const fixture of ['every-block', 'edge-cases', 'pending-translations', 'flagged-pairs']) {
		test(`every passage of ${fixture} has its id, the same on both pages and in the compare view`, async () => {
			const model = loadModel(`tests/fixtures/skills/${fixture}/skill.yaml`);
			const [en, zh, compare] = await views(model);
			const blocks = [model.body, ...model.allSections.map((s) => s.body)].flat();
			const expected = [
				...blocks.flatMap(blockPairs).map((pair) => model.anchors.get(pair)),
				...[...model.anchors].filter(([of]) => 'shared' in of).map(([, anchor]) => anchor),
			].sort();
			expect(expected.length).toBeGreaterThan(0);
			for (const view of [en, zh, compare])
				expect(view.map(({ id }) => id).sort()).toEqual(expected);
		});
	}

	test('sits on the passage itself: a paragraph, an item (nested ones too), a table, code (its figure, with its info line); a row', async () => {
		const [en, , compare] = await views(loadModel('tests/fixtures/skills/every-block/skill.yaml'));
		const tags = new Set(en.map(({ element }) => element.tagName));
		expect([...tags].sort()).toEqual(['figure', 'li', 'p', 'pre', 'table']);
		for (const { element } of compare) expect(element.properties.className).toContain('pair');
	});

	test('is all a page carries of a passage: its translation is not in it (a quote fetches it)', async () => {
		const [en, zh] = await views(loadModel('mlops-engineer'));
		for (const { element } of [...en, ...zh]) {
			const names = Object.keys(element.properties).filter((name) => name !== 'className');
			expect(names).toEqual(['id']);
		}
	});

	test('survives an edit elsewhere in the skill; the edited text’s anchor changes', () => {
		const file = `content/skills/${changedSentence.skill}/skill.yaml`;
		const read = (text: string) =>
			skillModel(parseSkill(text, { file, folder: changedSentence.skill }));
		const before = read(readProjectFile(file)).pairs.map((place) => place.anchor);
		const after = read(withChangedSentence(readProjectFile(file))).pairs.map((p) => p.anchor);
		const changed = after.filter((anchor, index) => anchor !== before[index]);
		expect(changed).toEqual([changedSentence.anchor]);
	});
});

describe('a link to a passage that is gone', () => {
	test('goes to the section before the dot', () => {
		expect(passageSection('#capabilities.3f9a1c')).toBe('capabilities');
		expect(passageSection('#capabilities.3f9a1c-2')).toBe('capabilities');
		expect(passageSection('#_top.000000')).toBe('_top');
		expect(passageSection('#%E8%83%BD.3f9a1c')).toBe('%E8%83%BD');
	});

	test('leaves every other fragment alone', () => {
		for (const hash of ['', '#capabilities', '#code.1.review', '#a.3f9a1c.en', '#a.xyz123'])
			expect(passageSection(hash), hash).toBeUndefined();
	});
});

describe('a quote as Markdown', () => {
	test('quotes each language in the order given, then its source and link', () => {
		expect(
			quoteMarkdown(
				{ 'zh-CN': ['运行测试'], en: ['Run the tests', 'Then\ndeploy'] },
				'Ops › Setup',
				'https://x.example/s/#setup.1a2b3c',
				'(note)'
			)
		).toBe(
			'> 运行测试\n>\n> Run the tests\n>\n> Then\n> deploy\n\n— Ops › Setup (https://x.example/s/#setup.1a2b3c) (note)'
		);
	});

	test('keeps a skill’s text as text, and its link whole', () => {
		const markdown = quoteMarkdown(
			{ en: ['<script>x</script> & </blockquote>'] },
			'A <b>',
			markdownLinkUrl('https://x/(a b)')
		);
		expect(markdown).toBe(
			'> &#60;script&#62;x&#60;/script&#62; &#38; &#60;/blockquote&#62;\n\n— A &#60;b&#62; (https://x/%28a%20b%29)'
		);
	});

	test('a quote pastes a skill’s text as the text the page showed, never as a link or an image', () => {
		// What the page showed as code (`[Report](https://evil.example/phish)`) is plain text in a
		// quote: in Markdown it would be a link to wherever it points, or an image fetched from there.
		const shown = 'Click [Report](https://evil.example/phish) or ![t](https://evil.example/t.png)';
		const markdown = quoteMarkdown(
			{ en: [shown, '[ref]: https://evil.example/\\[x](https://evil.example/2)'] },
			'Ops › [Setup](https://evil.example/3)',
			'https://x.example/s/#setup.1a2b3c'
		);
		const tree = parseGfm(markdown);
		// A renderer may link an address it shows (GFM's autolinks): only to where its text says.
		const hidden: string[] = [];
		visit(tree, (node) => {
			if (node.type === 'link' && toString(node) === node.url) return;
			if (/link|image|definition|html/i.test(node.type)) hidden.push(node.type);
		});
		expect(hidden).toEqual([]);
		expect(toString(tree)).toContain(shown);
		expect(toString(tree)).toContain('Ops › [Setup](https://evil.example/3)');
	});
});

describe('the translation of a quoted passage', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	/** The other page as the browser would parse it: its ids, and what a fetch of it is asked with. */
	function otherPage(ids: string[], fails = 0) {
		const asked: [string, RequestInit][] = [];
		vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
			asked.push([path, init]);
			if (asked.length <= fails) throw new TypeError('Failed to fetch');
			return new Response(ids.join(' '));
		});
		vi.stubGlobal(
			'DOMParser',
			class {
				parseFromString(html: string) {
					const found = new Set(html.split(' '));
					return { getElementById: (id: string) => (found.has(id) ? { id } : null) };
				}
			}
		);
		return asked;
	}

	test('is looked up in the other page, fetched from this origin once, at the first quote', async () => {
		const asked = otherPage(['setup.1a2b3c', 'setup']);
		const theirs = counterparts('/zh-cn/skills/ops/');
		expect(asked).toEqual([]);
		expect(await theirs('setup.1a2b3c')).toEqual({ id: 'setup.1a2b3c' });
		expect(await theirs('setup')).toEqual({ id: 'setup' });
		expect(asked).toEqual([['/zh-cn/skills/ops/', { mode: 'same-origin' }]]);
	});

	test('is none when the other page lacks the passage, or cannot be had; then it is asked again', async () => {
		const asked = otherPage(['setup.1a2b3c'], 1);
		const theirs = counterparts('/skills/ops/');
		expect(await theirs('setup.1a2b3c')).toBeUndefined();
		expect(await theirs('setup.ffffff')).toBeNull();
		expect(await theirs('setup.1a2b3c')).toEqual({ id: 'setup.1a2b3c' });
		expect(asked).toHaveLength(2);
	});
});

describe('a copy whose texts come later', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	test('starts the write at once, with a promise of each type’s text', async () => {
		const written: Record<string, Promise<Blob>>[] = [];
		vi.stubGlobal(
			'ClipboardItem',
			class {
				constructor(items: Record<string, Promise<Blob>>) {
					written.push(items);
				}
			}
		);
		vi.stubGlobal('navigator', { clipboard: { write: async () => {} } });
		let give = (_: string[]) => {};
		const copying = copyLater(new Promise((done) => (give = done)), ['text/plain', 'text/html']);
		expect(Object.keys(written[0]!)).toEqual(['text/plain', 'text/html']);
		give(['> Run it', '<blockquote>']);
		await copying;
		const html = await written[0]!['text/html']!;
		expect([html.type, await html.text()]).toEqual(['text/html', '<blockquote>']);
		expect(await (await written[0]!['text/plain']!).text()).toBe('> Run it');
	});

	test('writes the first text where there is no ClipboardItem', async () => {
		const texts: string[] = [];
		vi.stubGlobal('ClipboardItem', undefined);
		vi.stubGlobal('navigator', {
			clipboard: { writeText: async (text: string) => texts.push(text) },
		});
		await copyLater(Promise.resolve(['> Run it', '<blockquote>']), ['text/plain', 'text/html']);
		expect(texts).toEqual(['> Run it']);
	});
});
