import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { describeFinding } from '../../src/checks/describe';
import { languageKeys, languages } from '../../src/i18n/languages';
import { t } from '../../src/i18n/ui';
import { localizedPath, skillPath } from '../../src/navigation/paths';
import { census } from '../../src/translations/census';
import { loadModel } from '../support/skills';

// tests/fixtures/skills/flagged-pairs: six translations that change what their English says
// (a number, code, a link, a "must", a "never", a command in code) and one a person reviewed.
const site = 'dist-fixtures';
const name = 'flagged-pairs';
const model = loadModel(`tests/fixtures/skills/${name}/skill.yaml`);
const flagged = census(model).open.filter(({ shown }) => shown.status === 'review');
// The texts flagged (a block of code has no row of its own: its place is its section's).
const texts = flagged.filter(({ place }) => place.anchor.includes('.'));
const page = (path: string): Root => fromHtml(readFileSync(`${site}${path}index.html`, 'utf8'));
const text = (node: Element) => toText(node).replace(/\s+/g, ' ').trim();
const zh = t('zh');

describe('translations the checks flag, in the fixture site', () => {
	test('the model flags exactly the five texts and the code that change what they say, not the reviewed one', () => {
		// Each text by its own anchor (its section and its English's fingerprint); the code by its
		// section's, where the status page lists it.
		const anchors = flagged.map(({ place }) => place.anchor);
		expect(anchors.slice(0, 5)).toEqual(
			Array.from({ length: 5 }, () => expect.stringMatching(/^deploying\.[0-9a-f]{6}$/))
		);
		expect(new Set(anchors).size).toBe(6);
		expect(anchors[5]).toBe('deploying');
	});

	test('the Chinese page marks each, and the code, with what was found and the English', () => {
		const tree = page(skillPath(name, 'zh'));
		const buttons = selectAll('button.freshness-mark[data-status="review"]', tree);
		// Five texts and one block of code.
		expect(buttons).toHaveLength(6);
		for (const { place, shown } of texts) {
			const popover = select(`[popover][id="${place.anchor}.en"]`, tree)!;
			const said = text(popover);
			expect(said).toContain(zh('freshness.reviewIntro'));
			for (const finding of shown.findings!) expect(said).toContain(describeFinding(finding, 'zh'));
			expect(select(`[lang="${languages.en.lang}"]`, popover)).toBeTruthy();
		}
		expect(text(select('.freshness-note', tree)!)).toBe(
			zh('freshness.section.review').replace('{count}', '5')
		);
	});

	test('the English page has no mark', () => {
		expect(selectAll('.freshness-mark, .freshness-note', page(skillPath(name, 'en')))).toEqual([]);
	});

	test.each(languageKeys)('the compare view (%s interface) marks each row, with what was found', (ui) => {
		const tree = page(skillPath(name, ui, '/', 'compare'));
		for (const { place, shown } of texts) {
			const cell = select(`[id="${place.anchor}"] .cell--review`, tree)!;
			expect(text(select('.freshness-mark', cell)!)).toBe(t(ui)('freshness.compare.review'));
			expect(selectAll('.review-findings', cell).map(text)).toEqual(
				shown.findings!.map((finding) => describeFinding(finding, ui))
			);
		}
		// The code's cell, which has no row id of its own.
		expect(selectAll('.cell--raw.cell--review', tree)).toHaveLength(1);
	});

	test.each(languageKeys)('the %s status page counts and lists them, linked to their rows', (key) => {
		const tree = page(localizedPath('/translations/', key));
		const section = select(`.skill-status:has(h2[id="${name}"])`, tree)!;
		expect(text(select('.status-counts [data-state="review"]', section)!)).toBe(
			t(key)('status.count.review').replace('{count}', '6')
		);
		const links = selectAll('.status-open > li[data-status="review"] a', section);
		expect(links.map(({ properties }) => String(properties.href))).toEqual(
			flagged.map(({ place }) => `${skillPath(name, key, '/', 'compare')}#${place.anchor}`)
		);
	});
});
