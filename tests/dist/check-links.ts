import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { defaultSiteUrl } from '../../src/site';
import { htmlPages } from '../support/built-sites';

let nextPort = 4490;

/**
 * Every broken internal link or #fragment of a built site, crawled from each of its pages (so
 * pages no link reaches, like /go/ and 404, are checked too). Absolute links to the site itself
 * (canonical, hreflang, og:url) are checked against the built files; other hosts are skipped,
 * since the site links to none and CI has no internet.
 * @example
 * await brokenLinks('dist') // => []
 */
export async function brokenLinks(site: string): Promise<string[]> {
	const port = nextPort++;
	const local = `http://localhost:${port}`;
	const result = await new LinkChecker().check({
		path: htmlPages(site),
		serverRoot: site,
		port,
		recurse: true,
		checkFragments: true,
		concurrency: 10,
		urlRewriteExpressions: [{ pattern: new RegExp(`^${defaultSiteUrl}`), replacement: local }],
		linksToSkip: async (url: string) =>
			!url.startsWith(local) && !url.startsWith(defaultSiteUrl) && /^[a-z]+:/i.test(url),
	});
	const broken = result.links
		.filter((link) => link.state === 'BROKEN')
		.map((link) => `${link.url} (${link.status ?? 'no status'}) on ${link.parent ?? 'a page'}`);
	return [...new Set(broken)];
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
