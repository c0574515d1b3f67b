import { getCollection } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { languageOfLocale } from './i18n/languages';
import { withEscapedTitle, withOpenGraphLocales, withoutAddress } from './navigation/head';
import { skillSidebar } from './navigation/sidebar';

/**
 * On every Starlight page: the sidebar built from the skill sources (so a renamed heading shows at
 * once), link-preview locales for both languages, and a `<title>` that cannot carry markup.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const key = languageOfLocale(route.locale);
	const skills = (await getCollection('skills')).map((entry) => entry.data);
	route.sidebar = skillSidebar(skills, key, context.url.pathname, import.meta.env.BASE_URL);
	route.head = withEscapedTitle(withOpenGraphLocales(route.head, key));
	if (route.id === '404') route.head = withoutAddress(route.head);
});
