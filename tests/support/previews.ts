import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import ogs from 'open-graph-scraper';

/** What a wiki or a chat shows of a link: open-graph-scraper's reading of the page's HTML, as
 * unfurlers read it (no script, the first 32 kB of the page are all Slack reads). */
export type Unfurled = Awaited<ReturnType<typeof ogs>>['result'];

/**
 * A page as a real unfurler reads it.
 * @example
 * (await unfurl(html)).ogTitle // => 'Capabilities — MLOps Engineer · 能力范围 — MLOps工程师'
 */
export async function unfurl(html: string): Promise<Unfurled> {
	// The first 32 kB, as Slack reads: the head, where the tags are, and not a skill page's body.
	const { error, result } = await ogs({ html: html.slice(0, 32 * 1024) });
	if (error)
		throw new Error(`open-graph-scraper could not read the page: ${JSON.stringify(result)}`);
	return result;
}

/** What a page says to crawlers and browsers beside its Open Graph tags. */
export interface PageHead {
	title: string;
	canonical: string | undefined;
	/** Its versions by `hreflang`. */
	alternates: Record<string, string>;
	robots: string | undefined;
	/** How many `<script>`s it runs. */
	scripts: number;
	/** The text of its `<h1>`. */
	heading: string;
	/** Its links for readers without script: each one's address, its item's language, its text. */
	links: { href: string; lang: string | undefined; text: string }[];
}

/**
 * A page's head and links, read as a browser parses them.
 * @example
 * pageHead(html).alternates['zh-CN'] // => 'http://localhost:4321/zh-cn/skills/mlops-engineer/#capabilities'
 */
export function pageHead(html: string): PageHead {
	const tree = fromHtml(html);
	const attribute = (selector: string, name: string) => {
		const value = select(selector, tree)?.properties[name];
		return value === undefined ? undefined : String(value);
	};
	return {
		title: toText(select('title', tree)!),
		canonical: attribute('link[rel="canonical"]', 'href'),
		alternates: Object.fromEntries(
			selectAll('link[rel="alternate"][hreflang]', tree).map((link) => [
				String(link.properties.hrefLang),
				String(link.properties.href),
			])
		),
		robots: attribute('meta[name="robots"]', 'content'),
		scripts: selectAll('script', tree).length,
		heading: toText(select('h1', tree)!),
		links: selectAll('main li', tree).flatMap((item) =>
			selectAll('a[href]', item).map((link) => ({
				href: String(link.properties.href),
				lang: item.properties.lang === undefined ? undefined : String(item.properties.lang),
				text: toText(link),
			}))
		),
	};
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** How many characters a reader counts in a text (graphemes), by segmenting it whole: what the
 * site's own shortcut for plain texts (src/previews/graphemes.ts) must agree with. */
export const graphemeCount = (text: string) => [...segmenter.segment(text)].length;
