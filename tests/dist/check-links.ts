import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { LinkChecker } from 'linkinator';
import { defaultSiteUrl } from '../../src/site';
import { htmlPages } from '../support/built-sites';

/** A port nothing listens on now: asked of the system, so that crawls never share one. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	await new Promise((done) => server.close(done));
	return port;
}

/**
 * Every broken internal link or #fragment of a built site, crawled from each of its pages (so
 * pages no link reaches, like /go/ and 404, are checked too). Absolute links to the site itself
 * (canonical, hreflang, og:url) are checked against the built files; other hosts are skipped,
 * since the site links to none and CI has no internet.
 * @example
 * await brokenLinks('dist') // => []
 */
export async function brokenLinks(site: string): Promise<string[]> {
	const port = await freePort();
	const local = `http://localhost:${port}`;
	const result = await new LinkChecker().check({
		path: htmlPages(site),
		serverRoot: site,
		port,
		recurse: true,
		// Fragments are checked below: linkinator skips a page's fragments when it crawled that page
		// (as one of the start pages) before it met the links to them, which depends on timing.
		checkFragments: false,
		concurrency: 10,
		// A request the local server drops (status 0) is asked again: beside the browser tests, on
		// two cores, a crawl of a site's thousands of pages met a few such drops, which are not
		// broken links.
		retryErrors: true,
		retryErrorsCount: 3,
		retryErrorsJitter: 500,
		urlRewriteExpressions: [{ pattern: new RegExp(`^${defaultSiteUrl}`), replacement: local }],
		linksToSkip: async (url: string) =>
			!url.startsWith(local) && !url.startsWith(defaultSiteUrl) && /^[a-z]+:/i.test(url),
	});
	const broken = result.links
		.filter((link) => link.state === 'BROKEN')
		.map((link) => `${link.url} (${link.status ?? 'no status'}) on ${link.parent ?? 'a page'}`);
	return [...new Set([...broken, ...brokenFragments(site)])];
}

/** The ids of a built page, read once. */
function idsOf(site: string, page: string, cache: Map<string, Set<string> | undefined>) {
	if (!cache.has(page)) {
		const file = join(site, page);
		cache.set(
			page,
			existsSync(file)
				? new Set(
						selectAll('[id]', fromHtml(readFileSync(file, 'utf8'))).map((el) =>
							String(el.properties.id)
						)
					)
				: undefined
		);
	}
	return cache.get(page);
}

/**
 * Every link of a built site to a `#fragment` of one of its own pages that has no element with
 * that id: `<a href>` and `<link href>` (canonical, alternates), relative or to the site's address.
 * @example
 * brokenFragments('dist') // => []
 */
export function brokenFragments(site: string): string[] {
	const cache = new Map<string, Set<string> | undefined>();
	return htmlPages(site).flatMap((page) => {
		const base = new URL(`/${page}`, defaultSiteUrl);
		const tree = fromHtml(readFileSync(join(site, page), 'utf8'));
		return selectAll('a[href], link[href]', tree).flatMap((el) => {
			const url = new URL(String(el.properties.href), base);
			if (url.origin !== base.origin || !url.hash) return [];
			const path = decodeURI(url.pathname).replace(/^\//, '');
			const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
			const ids = idsOf(site, target, cache);
			const id = decodeURIComponent(url.hash.slice(1));
			// A missing page is linkinator's to report; `#` alone and `#_top` are the page itself.
			if (!ids || id === '' || id === '_top' || ids.has(id)) return [];
			return [`${url.pathname}${url.hash} (no such id) on /${page}`];
		});
	});
}

/**
 * A copy of a built site with one more page that links to the given URLs, so that they are
 * checked too (links that only readers bring, such as old section ids from a wiki).
 * @example
 * withLinkPage('dist', ['/zh-cn/skills/x/#能力范围'])
 */
export function withLinkPage(site: string, hrefs: string[]): string {
	const copy = mkdtempSync(join(tmpdir(), 'links-'));
	cpSync(site, copy, { recursive: true });
	const links = hrefs.map((href) => `<li><a href="${href}">${href}</a></li>`).join('');
	writeFileSync(join(copy, 'links-to-check.html'), `<!doctype html><ul>${links}</ul>`);
	return copy;
}
