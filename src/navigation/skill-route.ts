import { z } from 'astro/zod';
import type { LanguageKey } from '../i18n/languages';
import type { SkillModel } from '../model/skill-model';

/** The ways to read a skill: one language's page, or all languages side by side. */
export const skillViews = ['page', 'compare'] as const;
export type SkillView = (typeof skillViews)[number];

/** Which skill a Starlight page shows, and how: set when the page is made, never read off its URL. */
export interface SkillRoute {
	name: string;
	view: SkillView;
}

/**
 * Starlight's docs schema, extended with the skill a page shows. The skill pages' loader and the
 * compare pages set it in their frontmatter; route-data.ts reads it.
 * @example
 * docsSchema({ extend: skillRouteSchema })
 */
export const skillRouteSchema = z.object({
	skill: z.object({ name: z.string(), view: z.enum(skillViews) }).optional(),
});

/** What a skill's page knows of its skill, in `Astro.locals.skillPage` (see route-data.ts). */
export interface SkillPage extends SkillRoute {
	/** The page's language: the language of a skill page, the interface language of a compare view. */
	key: LanguageKey;
	model: SkillModel;
}
