import { describe, expect, test } from 'vitest';
import { gzipTotal, pageJs } from '../../scripts/page-js';

// What a skill page's JavaScript weighs at load, as `node scripts/page-js.ts` lists it. Issue
// 21: passage anchors (links and quotes, links/passage-controls.ts) may add at most 1 kB gzipped
// to a skill page, and no request at page load.

/**
 * Gzip -9 bytes of the JavaScript a skill page ran at load without the passage controls: the
 * build of 4e1af68 with SectionLinks.astro's `import '../links/passage-controls'` taken out
 * (`node scripts/page-js.ts dist`). A feature that adds to every skill page's script changes it,
 * measured the same way.
 */
const withoutPassages = 11_789;
const budget = withoutPassages + 1_000;

/** The script files a skill page fetches at load (names without their hashes): one more is one
 * more request. */
const filesAtLoad = [
	'page',
	'Search.astro_astro_type_script_index_0_lang',
	'LanguageSelect.astro_astro_type_script_index_0_lang',
	'MobileTableOfContents.astro_astro_type_script_index_0_lang',
	'TableOfContents.astro_astro_type_script_index_0_lang',
	'SectionLinks.astro_astro_type_script_index_0_lang',
	'languages',
	'names',
	'section-at-top',
	'toc-markup',
	'fill',
];

/** A built file's name without its folder, hash and extension. */
const stem = (file: string) => file.replace(/^.*\/|\.[\w-]+\.js$/g, '');

describe.each(['/skills/mlops-engineer/', '/zh-cn/skills/mlops-engineer/'])(
	'the skill page %s',
	(path) => {
		const { atLoad, later } = pageJs('dist', path);

		test(`runs at most ${budget} B of gzipped JavaScript at load`, () => {
			expect(gzipTotal(atLoad)).toBeLessThanOrEqual(budget);
		});

		test('fetches no script file for the passage controls at load', () => {
			const files = atLoad.filter((s) => !s.name.startsWith('inline')).map((s) => stem(s.name));
			expect(files).toEqual(filesAtLoad);
		});

		test('fetches what makes a quote when one is copied', () => {
			expect(later.map(stem)).toContain('passage-quoting');
		});
	}
);
