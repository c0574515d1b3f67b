import { defineCollection } from 'astro:content';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { skillPagesLoader } from './loaders/skill-pages';
import { skillsLoader } from './loaders/skills';
import { sourceChecksLoader } from './loaders/source-checks';
import { skillRouteSchema } from './navigation/skill-route';

// Where the skill sources are: content/skills, unless SKILLS_DIR names another folder (relative to
// the project or absolute); the tests build a second site from tests/fixtures/skills.
const base = process.env.SKILLS_DIR;

// Starlight's docs schema is a function of Astro's schema context, which Astro calls for every
// entry it checks, and Starlight's StarlightPage for every page it draws (each compare view):
// Starlight's frontmatter schema was built anew 2,400 times at 600 skills (1.5 s in a CPU profile).
// It is built once: the context only gives `image()`, for a hero image, which no skill page has.
const docsPageSchema = docsSchema({ extend: skillRouteSchema });
let builtDocsSchema: ReturnType<typeof docsPageSchema> | undefined;

export const collections = {
	/** Starlight's pages: an English and a Chinese page per skill, made from its source. */
	docs: defineCollection({
		loader: skillPagesLoader({ base }),
		schema: (context) => (builtDocsSchema ??= docsPageSchema(context)),
	}),
	/** The bilingual sources themselves, for the home page, the sidebar and the compare view. */
	skills: defineCollection({ loader: skillsLoader({ base }) }),
	/** In `astro dev`, what is wrong with each broken source, to show on its pages (middleware.ts). */
	sourceChecks: defineCollection({ loader: sourceChecksLoader({ base }) }),
	/** Starlight's interface strings where its own Chinese is missing; our views' strings are in src/i18n/ui.ts. */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
