import GithubSlugger from 'github-slugger';
import { languageKeys } from '../i18n/languages';
import { reservedIds } from '../schema/reserved-ids';
import { addressKey } from '../schema/section-id';
import type { ShownPair } from './shown';

interface AliasInput {
	id: string;
	formerIds: string[];
	heading: ShownPair;
}

/**
 * Other ids that land on each section, so that old links keep working: the section's
 * `formerIds`, and the id Starlight would have given its heading in each language (`#能力范围`
 * on a Chinese page; `#deeper` for a section that later got an explicit id). An alias that is
 * some section's id, already another's alias, or an id the page itself uses, is left out, and so
 * is one that differs from such an id only in Unicode normalization (its `/go/` folder would be
 * the same on some file systems).
 * @example
 * sectionAliases(sections).get('capabilities') // => ['能力范围']
 */
export function sectionAliases(sections: AliasInput[]): Map<string, string[]> {
	const taken = new Set(
		[...reservedIds.keys(), ...sections.map((section) => section.id)].map(addressKey)
	);
	const aliases = new Map(sections.map((section) => [section.id, [] as string[]]));
	const add = (id: string, alias: string) => {
		if (alias === '' || taken.has(addressKey(alias))) return;
		taken.add(addressKey(alias));
		aliases.get(id)!.push(alias);
	};
	for (const section of sections) for (const former of section.formerIds) add(section.id, former);
	for (const key of languageKeys) {
		// Starlight slugs a page's headings in order, suffixing repeats with -1, -2 …
		const slugger = new GithubSlugger();
		for (const section of sections) add(section.id, slugger.slug(section.heading[key].plain));
	}
	return aliases;
}
