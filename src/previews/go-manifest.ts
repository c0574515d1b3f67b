import type { APIRoute } from 'astro';
import { library } from '../library';
import { goPages } from './go-pages';

// A build's route, injected by go-integration.ts: every language-neutral page's preview as one
// JSON file, from which the integration writes the pages once Astro is done, and which it then
// deletes. One route instead of one per page: Astro spends about 3 ms on each page it renders,
// and a library of 540 skills has some 19,000 of these addresses.

/**
 * Every language-neutral page of the library, with its preview.
 * @example
 * // GET /go-previews.json → [{ skill: 'mlops-engineer', ids: [], preview }, …]
 */
export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('The language-neutral pages need the site’s address: set `site`.');
	const pages = goPages((await library()).skills, {
		site: site.origin,
		base: import.meta.env.BASE_URL,
	});
	return new Response(JSON.stringify(pages));
};
