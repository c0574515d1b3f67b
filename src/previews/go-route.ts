import type { APIRoute, GetStaticPaths } from 'astro';
import { library } from '../library';
import { goPages, goRoutes } from './go-pages';
import type { LinkPreview } from './link-preview';
import { previewHtml } from './preview-html';

// `astro dev`'s routes for the language-neutral pages, `/go/<skill>/` and `/go/<skill>/<section>/`
// (injected by go-integration.ts, this module for both): a build writes them as files instead.

export const getStaticPaths = (async ({ routePattern }) => {
	const sections = routePattern === goRoutes.section;
	const pages = goPages((await library()).skills, {
		site: new URL(import.meta.env.SITE).origin,
		base: import.meta.env.BASE_URL,
	});
	return pages
		.filter(({ ids }) => ids.length > 0 === sections)
		.flatMap(({ skill, ids, preview }) =>
			sections
				? ids.map((section) => ({ params: { skill, section }, props: { preview } }))
				: [{ params: { skill }, props: { preview } }]
		);
}) satisfies GetStaticPaths;

/**
 * The page, drawn as the build writes it.
 * @example
 * // GET /go/mlops-engineer/capabilities/ → the section's preview page
 */
export const GET: APIRoute<{ preview: LinkPreview }> = ({ props }) =>
	new Response(previewHtml(props.preview), {
		headers: { 'Content-Type': 'text/html; charset=utf-8' },
	});
