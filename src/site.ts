/** Where the site is served when `SITE_URL` is not set: the dev and preview server. */
export const defaultSiteUrl = 'http://localhost:4321';

/**
 * The site's absolute URL, for canonical links, link previews, the sitemap and copied links.
 * Set `SITE_URL` when building for a real host.
 * @example
 * siteUrl({ SITE_URL: 'https://skills.example.org' }) // => 'https://skills.example.org'
 * siteUrl({}) // => 'http://localhost:4321'
 */
export function siteUrl(env: Record<string, string | undefined>): string {
	return env.SITE_URL || defaultSiteUrl;
}

/**
 * The warning a build gets when `SITE_URL` is not set, or nothing: the dev server and the
 * preview of a local build are served at the default address, so they need none.
 * @example
 * siteUrlWarning({}, 'build') // => 'SITE_URL is not set: …'
 * siteUrlWarning({}, 'dev') // => undefined
 * siteUrlWarning({ SITE_URL: 'https://skills.example.org' }, 'build') // => undefined
 */
export function siteUrlWarning(
	env: Record<string, string | undefined>,
	command: 'dev' | 'build' | 'preview' | 'sync'
): string | undefined {
	if (command !== 'build' || env.SITE_URL) return undefined;
	return (
		`SITE_URL is not set: canonical and hreflang links, link previews, the sitemap and copied ` +
		`section links will all point at ${defaultSiteUrl}. Fine for a local build; for one to ` +
		`publish, set SITE_URL to the address the site is served from, e.g. ` +
		`SITE_URL=https://skills.example.org npm run build`
	);
}
