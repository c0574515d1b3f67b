import { readdirSync } from 'node:fs';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code } from 'mdast';
import { satteriCreateHighlightFn } from '@astrojs/markdown-satteri';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { codeThemes } from '../../src/markdown/code-themes';
import { highlightCode } from '../../src/markdown/highlight';
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
	test('colours every block of the real skills exactly as Shiki’s two passes, one per theme', async () => {
		const twoPasses = (await satteriCreateHighlightFn('shiki', codeThemes))!;
		expect(blocks.size).toBeGreaterThan(300);
		const differ: string[] = [];
		for (const { lang, meta, value } of blocks.values()) {
			const pre = (await twoPasses(value, lang ?? 'plaintext', meta ?? undefined)) as Element;
			pre.properties.dir = 'ltr';
			const html = await highlightCode(value, lang ?? undefined, meta ?? undefined);
			if (html !== toHtml(pre)) differ.push(`${lang}: ${value.slice(0, 60)}`);
		}
		expect(differ).toEqual([]);
	}, 60_000);

	test('will not pair two themes whose rules differ', async () => {
		await expect(themePair({ light: 'github-light', dark: 'dracula' })).rejects.toThrow(
			/do not have the same rules|has no twin/
		);
	});
});
