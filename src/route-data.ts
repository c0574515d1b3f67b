import { getCollection } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { languageOfLocale } from './i18n/languages';
import { skillSidebar } from './navigation/sidebar';

/** Builds the sidebar from the skill sources on every page, so a renamed heading shows at once. */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const skills = (await getCollection('skills')).map((entry) => entry.data);
	route.sidebar = skillSidebar(
		skills,
		languageOfLocale(route.locale),
		context.url.pathname,
		import.meta.env.BASE_URL
	);
});
