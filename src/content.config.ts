import { defineCollection } from 'astro:content';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { skillPagesLoader } from './loaders/skill-pages';
import { skillsLoader } from './loaders/skills';

// The test suite builds a second site from tests/fixtures/skills (see `npm run build:fixtures`).
const base = process.env.SKILLS_DIR;

export const collections = {
	/** Starlight's pages: an English and a Chinese page per skill, made from its source. */
	docs: defineCollection({ loader: skillPagesLoader({ base }), schema: docsSchema() }),
	/** The bilingual sources themselves, for the home page, the sidebar and the compare view. */
	skills: defineCollection({ loader: skillsLoader({ base }) }),
	/** Starlight's interface strings where its own Chinese is missing; our views' strings are in src/i18n/ui.ts. */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
