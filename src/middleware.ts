import { getCollection } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { languageKeys } from './i18n/languages';
import { neutralPath, skillPath } from './navigation/paths';
import { SourceError } from './source/problems';

/** Every address of a skill's views: its pages, its compare views and its language-neutral link. */
function skillPaths(name: string, base: string): string[] {
	return [...languageKeys.map((key) => skillPath(name, key, base)), neutralPath(name, base)];
}

/**
 * In `astro dev`, a request for a skill whose source is broken gets the source's error, which
 * Astro shows in its error overlay with the same message and fix as the build: whether the skill
 * has last good pages or, broken since the server started, none at all. Other skills are served
 * as usual. A build has no broken sources (it stops at the first), so this does nothing there.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	if (!import.meta.env.DEV) return next();
	const { pathname } = context.url;
	for (const { id, data } of await getCollection('sourceChecks')) {
		if (!data.problem) continue;
		const paths = skillPaths(id, import.meta.env.BASE_URL);
		if (paths.some((path) => pathname === path.replace(/\/$/, '') || pathname.startsWith(path))) {
			throw new SourceError(data.problem.message, data.problem.hint);
		}
	}
	return next();
});
