import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { anchorHeading } from '../../src/views/heading-anchor';

// Our skill pages draw their headings' anchor links themselves (src/views/heading-anchor.ts).
// The markup they must have is whatever Starlight's own Markdown plugin gives a heading: this
// runs that plugin (Starlight does not export it, so it is loaded from its file) and fails when
// a new Starlight draws headings differently.
const root = new URL('../../', import.meta.url);
const pluginFile = new URL('node_modules/@astrojs/starlight/dist/integrations/satteri.js', root);
const { starlightSatteriPlugins } = await import(/* @vite-ignore */ pluginFile.href);

const label = (title: string) => `Section titled “${title}”`;
const plugins = starlightSatteriPlugins({
	astroConfig: { root, srcDir: new URL('src/', root) },
	starlightConfig: { markdown: { headingLinks: true, processedDirs: [] } },
	absolutePathToLang: () => 'en',
	useTranslations: () => (key: string, options: { title: string }) => {
		expect(key).toBe('heading.anchorLabel');
		return label(options.title);
	},
});

/** A heading as Starlight's pipeline draws it from Markdown, as a normalized string. */
function starlights(markdown: string) {
	const { html } = markdownToHtml(markdown, {
		features: { gfm: true, headingAttributes: true },
		hastPlugins: plugins.hastPlugins,
		fileURL: new URL('src/content/docs/page.md', root),
	}) as { html: string };
	return toHtml(select('div', fromHtml(html, { fragment: true }))!);
}

/** The same heading as our pages draw it, named by its text (page-html.ts: the section's title). */
function ours(html: string) {
	const heading = select(':is(h2, h3, h4, h5, h6)', fromHtml(html, { fragment: true }))!;
	return toHtml(anchorHeading(heading, label(toString(heading))));
}

describe('a section heading has Starlight’s anchor link', () => {
	test.each([
		['## Setup {#setup}', '<h2 id="setup">Setup</h2>'],
		['### Tools & *more* {#tools}', '<h3 id="tools">Tools &#x26; <em>more</em></h3>'],
		['#### 安装 {#install}', '<h4 id="install">安装</h4>'],
	])('%s', (markdown, html) => {
		expect(ours(html)).toBe(starlights(markdown));
	});
});
