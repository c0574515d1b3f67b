/**
 * The ids a skill page or compare view uses itself, outside the skill's sections, with what
 * carries each (for error messages). A section with one of these ids would make two elements
 * with one id, and links to it would land on the page's chrome. tests/dist/reserved-ids.test.ts
 * checks this list against every built skill page, so it follows Starlight's markup.
 * @example
 * reservedIds.get('_top') // => 'the page title'
 */
export const reservedIds: ReadonlyMap<string, string> = new Map([
	['_top', 'the page title'],
	['theme-icons', 'the theme picker’s icons'],
	['starlight__sidebar', 'the sidebar'],
	['starlight__mobile-toc', '“On this page” on a phone'],
	['starlight__on-this-page--mobile', 'the heading of “On this page” on a phone'],
	['starlight__on-this-page', 'the heading of “On this page”'],
	['section-links-title', 'the title of the copy-link menu'],
	['skill-file-manual', 'the note of the Copy SKILL.md dialog'],
]);
