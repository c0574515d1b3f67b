import { readdirSync } from 'node:fs';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code } from 'mdast';
import { satteriCreateHighlightFn } from '@astrojs/markdown-satteri';
import { visit } from 'unist-util-visit';
import { describe, expect, test, vi } from 'vitest';
import { codeThemes } from '../../src/markdown/code-themes';
import { parseGfm } from '../../src/markdown/parse';
import { themePair } from '../../src/markdown/theme-pair';
import { readProjectFile } from '../support/skills';

// Every block of code of the real skills, in both languages, each once.
const folder = 'tests/fixtures/real-skills';
const blocks = new Map<string, Code>();
for (const name of readdirSync(folder, { recursive: true }) as string[]) {
	if (!name.endsWith('.md') || !name.includes('SKILL')) continue;
	visit(parseGfm(readProjectFile(`${folder}/${name}`)), 'code', (node: Code) => {
		blocks.set(JSON.stringify([node.lang, node.meta, node.value]), node);
	});
}

describe('highlightCode', () => {
	test('colours every block of the real skills exactly as Shiki’s two passes, one per theme, and says how many lines it has', async () => {
		expect(blocks.size).toBeGreaterThan(300);
		/** The blocks whose colours differ, each coloured by fresh highlighters. */
		const differing = async (list: Code[]): Promise<Code[]> => {
			vi.resetModules();
			const { highlightCode } = await import('../../src/markdown/highlight');
			const twoPasses = (await satteriCreateHighlightFn('shiki', codeThemes))!;
			const found: Code[] = [];
			for (const block of list) {
				const { lang, meta, value } = block;
				const pre = (await twoPasses(value, lang ?? 'plaintext', meta ?? undefined)) as Element;
				pre.properties.dir = 'ltr';
				const html = await highlightCode(value, lang ?? undefined, meta ?? undefined);
				// Besides Shiki's markup, its height in lines, for the CSS to keep while it is off screen.
				// (A last line left empty is not one: a <pre> draws no line after its last newline.)
				const count = value.split('\n').length - (value === '' || value.endsWith('\n') ? 1 : 0);
				const lines = `--code-lines:${count}"`;
				const expected = toHtml(pre).replace(/(style="[^"]*?);?"/, `$1;${lines}`);
				if (html !== expected) found.push(block);
			}
			return found;
		};
		// Shiki stops colouring a line that takes it over 500 ms, which a loaded machine can make a
		// long line take, in either pass: a block that differs is coloured again, by fresh
		// highlighters, and only a block that differs twice is a difference.
		const twice = await differing(await differing([...blocks.values()]));
		expect(twice.map(({ lang, value }) => `${lang}: ${value.slice(0, 60)}`)).toEqual([]);
	}, 120_000);

	test('will not pair two themes whose rules differ', async () => {
		await expect(themePair({ light: 'github-light', dark: 'dracula' })).rejects.toThrow(
			/do not have the same rules|has no twin/
		);
	});
});
