import GithubSlugger from 'github-slugger';
import { languageKeys } from '../i18n/languages';
import { toPlainText } from '../markdown/plain-text';
import { textIn } from '../schema/pair';
import type { Skill } from '../schema/skill';
import { flattenSections } from './headings';

/**
 * Other ids that land on each section, so that old links keep working: the section's
 * `formerIds`, and the id Starlight would have given its heading in each language (`#能力范围`
 * on a Chinese page; `#deeper` for a section that later got an explicit id). An alias that is
 * some section's id, or already another's alias, is left out.
 * @example
 * sectionAliases(skill).get('capabilities') // => ['能力范围']
 */
export function sectionAliases(skill: Skill): Map<string, string[]> {
	const sections = flattenSections(skill.sections);
	const taken = new Set(sections.map((section) => section.id));
	const aliases = new Map(sections.map((section) => [section.id, [] as string[]]));
	const add = (id: string, alias: string) => {
		if (alias === '' || taken.has(alias)) return;
		taken.add(alias);
		aliases.get(id)!.push(alias);
	};
	for (const section of sections) for (const former of section.formerIds) add(section.id, former);
	for (const key of languageKeys) {
		// Starlight slugs a page's headings in order, suffixing repeats with -1, -2 …
		const slugger = new GithubSlugger();
		for (const section of sections) {
			add(section.id, slugger.slug(toPlainText(textIn(section.heading, key).text)));
		}
	}
	return aliases;
}

/**
 * Empty anchors for a section's aliases, to put inside its heading.
 * @example
 * aliasAnchors(['能力范围']) // => '<span id="能力范围" class="section-alias"></span>'
 */
export function aliasAnchors(aliases: string[]): string {
	const escape = (value: string) =>
		value.replace(/[&"<>]/g, (c) => `&${{ '&': 'amp', '"': 'quot', '<': 'lt', '>': 'gt' }[c]};`);
	return aliases
		.map((alias) => `<span id="${escape(alias)}" class="section-alias"></span>`)
		.join('');
}
