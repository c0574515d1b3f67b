import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { languageKeys, languages } from '../../src/i18n/languages';
import { t } from '../../src/i18n/ui';
import { skillModel } from '../../src/model/skill-model';
import { localizedPath, skillPath } from '../../src/navigation/paths';
import { readSkills } from '../../src/source/read-skills';
import { changedSentence } from '../support/outdated';

// The fixture site has mlops-engineer with one English sentence changed (tests/support/outdated.ts);
// the site itself has it as committed, every translation current.
const page = (site: string, path: string): Root =>
	fromHtml(readFileSync(`${site}${path}index.html`, 'utf8'));
const text = (node: Element) => toText(node).replace(/\s+/g, ' ').trim();
const { skill: name, anchor, sectionId, after } = changedSentence;
const marks = '.freshness-mark, .freshness-original, .freshness-note';

describe('the changed sentence, in the fixture site', () => {
	const site = 'dist-fixtures';

	test('the Chinese page marks that one text, opens its English in place, and notes its section', () => {
		const tree = page(site, skillPath(name, 'zh'));
		const buttons = selectAll('.freshness-mark', tree);
		expect(buttons).toHaveLength(1);
		const button = buttons[0]!;
		expect(text(button)).toBe(t('zh')('freshness.outdated'));
		const popover = select(`[popover][id="${button.properties.popoverTarget}"]`, tree)!;
		expect(popover.properties.id).toBe(`${anchor}.${languageKeys[0]}`);
		expect(text(select('[lang]', popover)!)).toBe(after);
		expect(select('[lang]', popover)!.properties.lang).toBe(languages[languageKeys[0]].lang);
		const notes = selectAll('.freshness-note', tree);
		expect(notes).toHaveLength(1);
		const wrapper = selectAll('.sl-heading-wrapper, .freshness-note', tree);
		const heading = wrapper[wrapper.indexOf(notes[0]!) - 1]!;
		expect(select('h3', heading)!.properties.id).toBe(sectionId);
	});

	test('the English page has no mark', () => {
		expect(selectAll(marks, page(site, skillPath(name, 'en')))).toEqual([]);
	});

	test.each(languageKeys)('the compare view (%s interface) marks that row, and only it', (ui) => {
		const tree = page(site, skillPath(name, ui, '/', 'compare'));
		const cells = selectAll('.cell--outdated', tree);
		expect(cells).toHaveLength(1);
		expect(select(`[id="${anchor}"] .cell--outdated`, tree)).toBe(cells[0]);
		expect(text(select('.freshness-mark', cells[0]!)!)).toBe(t(ui)('freshness.compare.outdated'));
		expect(selectAll('.cell--machine', tree)).toEqual([]);
	});

	test.each(languageKeys)('the %s status page lists it, linked to its row', (key) => {
		const tree = page(site, localizedPath('/translations/', key));
		const section = select(`.skill-status:has(h2[id="${name}"])`, tree)!;
		const items = selectAll('.status-open > li', section);
		expect(items).toHaveLength(1);
		const link = select('a', items[0]!)!;
		expect(link.properties.href).toBe(`${skillPath(name, key, '/', 'compare')}#${anchor}`);
		expect(text(items[0]!)).toContain(after);
	});
});

describe.each([
	['dist', 'content/skills'],
	['dist-fixtures', 'tests/fixtures/skills'],
])('%s', (site, skillsDir) => {
	test('every pair and block of code has its anchor as its row’s id in the compare view, the marked ones too', async () => {
		const sources = await readSkills(skillsDir, pathToFileURL(`${process.cwd()}/`));
		for (const { skill } of sources) {
			const model = skillModel(skill!);
			const tree = page(site, skillPath(model.name, 'en', '/', 'compare'));
			const ids = new Set(selectAll('skill-compare [id]', tree).map((node) => node.properties.id));
			expect(model.pairs.filter((place) => !ids.has(place.anchor))).toEqual([]);
			const bodyPairIds = selectAll('skill-compare .pair[id]:not(.pair--heading)', tree);
			const bodyPairs = model.pairs.filter((place) => place.section?.id !== place.anchor);
			// Blocks of code and HTML are passages with rows too (model/raw-anchors.ts).
			const raws = [...model.anchors.keys()].filter((of) => 'shared' in of);
			expect(bodyPairIds).toHaveLength(bodyPairs.length + raws.length);
		}
	});
});

test('the site as committed marks nothing, and its status page lists nothing to review', () => {
	for (const key of languageKeys) {
		expect(selectAll(marks, page('dist', skillPath(name, key)))).toEqual([]);
		const status = page('dist', localizedPath('/translations/', key));
		expect(selectAll('.status-open li', status)).toEqual([]);
		expect(text(select('.skill-status', status)!)).toContain(t(key)('status.allCurrent'));
	}
});

test('the home page links to the status page', () => {
	for (const key of languageKeys) {
		const links = selectAll('a', page('dist', localizedPath('/', key)));
		expect(links.map((a) => a.properties.href)).toContain(localizedPath('/translations/', key));
	}
});
