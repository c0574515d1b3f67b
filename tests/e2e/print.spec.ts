import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { languageKeys, type LanguageKey } from '../../src/i18n/languages';
import { t } from '../../src/i18n/ui';
import { skillPath } from '../../src/navigation/paths';
import { loadModel } from '../support/skills';
import { pageTexts } from '../support/texts';

const skill = loadModel('mlops-engineer');

/** The text of the page printed to PDF by Chromium, as a reader's PDF tool would extract it. */
async function printedText(page: Page): Promise<string> {
	const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise;
	const pages = await Promise.all(
		Array.from({ length: pdf.numPages }, async (_, i) =>
			(await pdf.getPage(i + 1)).getTextContent()
		)
	);
	return pages
		.flatMap((content) => content.items.map((item) => ('str' in item ? item.str : '')))
		.join('');
}

// Spacing between Chinese and Latin text comes out as spaces: compare the text without them.
const plain = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * A pattern for a text as a PDF gives it back: CJK fonts map some ideographs and their radical
 * look-alikes to one glyph, so 工 or 风 may come out as ⼯ or ⻛ (CJK radicals, U+2E80–U+2FDF).
 */
function printedPattern(text: string): RegExp {
	const escaped = plain(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(
		escaped.replace(/[\u4e00-\u9fff]/g, (c) => `(?:${c}|[\u2e80-\u2fdf])`),
		'g'
	);
}

/** Expects every text in the printed text, in order. */
function expectInOrder(printed: string, texts: string[]) {
	let from = 0;
	for (const text of texts) {
		const pattern = printedPattern(text);
		pattern.lastIndex = from;
		const found = pattern.exec(printed);
		expect(found?.index, text).toBeDefined();
		from = pattern.lastIndex;
	}
}

/** Words of the site around the text: search, theme, language, navigation, the compare controls. */
const chrome = (ui: LanguageKey) => [
	ui === 'en' ? 'Skip to content' : '跳转到内容',
	ui === 'en' ? 'On this page' : '本页内容',
	t(ui)('site.title'),
	t(ui)('sidebar.catalog'),
	t(ui)('sidebar.sections'),
	t(ui)('compare.view.interleaved'),
	t(ui)('compare.swap'),
	'Ctrl K',
];

for (const key of languageKeys) {
	test(`printing the ${key} skill page gives all its text and no navigation`, async ({ page }) => {
		await page.goto(skillPath(skill.name, key));
		const printed = plain(await printedText(page));
		expectInOrder(printed, [skill.title[key].text, ...pageTexts(skill, key)]);
		for (const word of chrome(key)) expect(printed, word).not.toContain(plain(word));
	});
}

test('printing the compare view gives both languages, in order, and no controls', async ({
	page,
}) => {
	await page.goto(skillPath(skill.name, 'zh', '/', 'compare'));
	const printed = plain(await printedText(page));
	for (const key of languageKeys) expectInOrder(printed, pageTexts(skill, key));
	for (const word of chrome('zh')) expect(printed, word).not.toContain(plain(word));
});
