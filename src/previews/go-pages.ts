import type { SkillModel } from '../model/skill-model';
import { hasOwnAddress } from '../navigation/own-address';
import {
	sectionPreview,
	skillPreview,
	type LinkPreview,
	type PreviewContext,
} from './link-preview';

/** The routes of the language-neutral pages, as `astro dev` serves them (go-route.ts). */
export const goRoutes = { skill: '/go/[skill]', section: '/go/[skill]/[section]' } as const;

/** A language-neutral page and the addresses that show it. */
export interface GoPage {
	/** The skill's name: the page is at `/go/<skill>/`… */
	skill: string;
	/** …or, for a section, at `/go/<skill>/<id>/` for its id and each of its aliases (the ids it
	 * had before, the slugs Starlight gave its headings), one page for all of them; but for ids too
	 * long to be a folder's name (navigation/own-address.ts). */
	ids: string[];
	preview: LinkPreview;
}

/**
 * Every language-neutral page of the library: each skill's, and each of its sections', with
 * their previews. Made once per build from `library()`.
 * @example
 * goPages(await library(), { site: 'https://skills.example.org', base: '/' })
 * // => [{ skill: 'mlops-engineer', ids: [], preview }, { skill: 'mlops-engineer', ids: ['use-this-skill-when'], preview }, …]
 */
export function goPages(skills: SkillModel[], context: PreviewContext): GoPage[] {
	return skills.flatMap((skill) => {
		const preview = skillPreview(skill, context);
		return [
			{ skill: skill.name, ids: [], preview },
			...skill.allSections.flatMap((section) => {
				const ids = [section.id, ...section.aliases].filter(hasOwnAddress);
				if (ids.length === 0) return [];
				const own = sectionPreview(skill, section, context, preview);
				return [{ skill: skill.name, ids, preview: own }];
			}),
		];
	});
}
