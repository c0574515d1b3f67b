import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { languageOfLocale } from './i18n/languages';
import {
	withEscapedTitle,
	withOpenGraphLocales,
	withoutAddress,
	withPreviewLimits,
} from './navigation/head';
import { skillSidebar } from './navigation/sidebar';
import { library } from './library';

/**
 * On every Starlight page: the skill it shows (from its route data, for the components that draw
 * it), the sidebar made from that skill alone (never from the whole library: a page's work and
 * size do not grow with it), link-preview locales for both languages, previews within the limits
 * unfurlers cut at, and a `<title>` that cannot carry markup.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const key = languageOfLocale(route.locale);
	const shows = route.entry.data.skill;
	const model = shows && (await library()).skill(shows.name);
	if (shows && model) context.locals.skillPage = { ...shows, key, model };
	route.sidebar = skillSidebar(key, import.meta.env.BASE_URL, context.locals.skillPage);
	route.head = withEscapedTitle(withPreviewLimits(withOpenGraphLocales(route.head, key)));
	if (route.id === '404') route.head = withoutAddress(route.head);
});
