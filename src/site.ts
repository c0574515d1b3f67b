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
