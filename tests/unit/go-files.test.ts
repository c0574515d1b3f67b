import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { folderName, writeGoPages } from '../../src/previews/go-files';
import { goPages } from '../../src/previews/go-pages';
import { previewHtml } from '../../src/previews/preview-html';
import { loadModel } from '../support/skills';

const context = { site: 'https://skills.example.org', base: '/' };

test('writes the skill’s page and one per id and alias of each section, the same page for all', () => {
	const dir = mkdtempSync(join(tmpdir(), 'go-pages-'));
	const pages = goPages([loadModel('mlops-engineer')], context);
	const written = writeGoPages(dir, pages);
	const files = (readdirSync(join(dir, 'go'), { recursive: true }) as string[]).filter((file) =>
		file.endsWith('index.html')
	);
	expect(files).toHaveLength(written);
	expect(written).toBe(pages.reduce((sum, { ids }) => sum + Math.max(1, ids.length), 0));
	const capabilities = pages.find(({ ids }) => ids.includes('capabilities'))!;
	for (const id of ['capabilities', '能力范围']) {
		const file = join(dir, 'go', 'mlops-engineer', id, 'index.html');
		expect(readFileSync(file, 'utf8')).toBe(previewHtml(capabilities.preview));
	}
	expect(readFileSync(join(dir, 'go', 'mlops-engineer', 'index.html'), 'utf8')).toBe(
		previewHtml(pages[0]!.preview)
	);
});

test('refuses a name that is not one folder', () => {
	expect(folderName('能力范围')).toBe('能力范围');
	for (const name of ['', '.', '..', '../x', 'a/b', 'a\\b', 'a\0b']) {
		expect(() => folderName(name), name).toThrow(/cannot be the folder/);
	}
});
