import { getCollection } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { languageOfLocale } from './i18n/languages';
import { withOpenGraphLocales } from './navigation/head';
import { skillSidebar } from './navigation/sidebar';

/**
 * On every Starlight page: the sidebar built from the skill sources (so a renamed heading shows at
 * once), and link-preview locales for both languages.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const key = languageOfLocale(route.locale);
	const skills = (await getCollection('skills')).map((entry) => entry.data);
	route.sidebar = skillSidebar(skills, key, context.url.pathname, import.meta.env.BASE_URL);
	route.head = withOpenGraphLocales(route.head, key);
});
