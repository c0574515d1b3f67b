// @ts-check
import { defineConfig } from 'astro/config';
import { Features } from 'lightningcss';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { languages } from './src/i18n/languages';
import { ui } from './src/i18n/ui';
import { searchIndex } from './src/search/search-index';
import { skillFiles } from './src/publish/skill-files';
import { goLinks } from './src/previews/go-integration';
import { siteUrl, siteUrlWarning } from './src/site';
import { onDemand } from './src/on-demand';
import { heapGrowth } from './src/heap-growth';

/** Starlight locales from the one list of languages: English at the root, Chinese at /zh-cn/. */
const locales = Object.fromEntries(
	Object.values(languages).map(({ locale, label, lang }) => [locale, { label, lang }])
);

/**
 * Says so when a build is about to write the local address into every absolute link.
 * @type {import('astro').AstroIntegration}
 */
const siteUrlCheck = {
	name: 'site-url-check',
	hooks: {
		'astro:config:setup': ({ command, logger }) => {
			const warning = siteUrlWarning(process.env, command);
			if (warning) logger.warn(warning);
		},
	},
};

export default defineConfig({
	site: siteUrl(process.env),
	build: {
		// Two pages at a time: while one waits for its file to be written, the next is drawn. At 600
		// skills the pages took about 10 % less time, for about 70 MB more memory (1.59 against
		// 1.52 GB at its peak). Four were no faster on two cores.
		concurrency: 2,
	},
	markdown: {
		// Astro renders no Markdown of ours: a skill's pages are drawn from its model when served
		// (src/views/page-html.ts), their code coloured by src/markdown/highlight.ts. Sätteri, Astro's
		// own engine, with GFM and straight quotes, as src/markdown/parse.ts reads the sources.
		processor: satteri({
			features: { gfm: true, smartPunctuation: false },
		}),
		syntaxHighlight: false,
	},
	vite: {
		// `import load from './x?on-demand'`: a module in a file of its own, loaded on first use
		// with no request at page load (the quote's code on a skill page).
		plugins: [onDemand()],
		css: {
			// Lightning CSS (already Vite's CSS minifier) as the transformer too, for one feature only:
			// custom media queries, so that the breakpoint is defined once (src/styles/breakpoints.css).
			// Every other transform is excluded: the CSS is otherwise left as written, as PostCSS left
			// it, and the built CSS is byte for byte what it was.
			transformer: 'lightningcss',
			lightningcss: {
				drafts: { customMedia: true },
				exclude:
					Object.values(Features).reduce((all, feature) => all | feature, 0) &
					~Features.CustomMediaQueries,
			},
		},
	},
	integrations: [
		heapGrowth(),
		siteUrlCheck,
		starlight({
			// The site's name in each language, keyed by its BCP 47 tag as Starlight asks.
			title: Object.fromEntries(
				Object.entries(languages).map(([key, { lang }]) => [
					lang,
					ui[/** @type {keyof typeof ui} */ (key)]['site.title'],
				])
			),
			defaultLocale: 'root',
			locales,
			routeMiddleware: './src/route-data.ts',
			// Only what every Starlight page needs and no component of ours owns: the body of a skill
			// page, drawn in Starlight's MarkdownContent. Everything else is imported by its component.
			customCss: [
				'./src/styles/tokens.css',
				'./src/styles/pending-translation.css',
				'./src/styles/freshness.css',
				'./src/styles/code.css',
				'./src/styles/tables.css',
				'./src/styles/written-details.css',
				'./src/styles/typography-zh.css',
				'./src/styles/print.css',
			],
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				Search: './src/components/overrides/Search.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				TableOfContents: './src/components/overrides/TableOfContents.astro',
				MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
			},
			// Every page's sidebar is made from its own skill (src/navigation/sidebar.ts). Left to
			// itself, Starlight would list every page in a sidebar it then clones for every page: work
			// that grows with the square of the library.
			sidebar: [],
			pagination: false,
			expressiveCode: false,
			// Our 404 page is in both languages (src/pages/404.astro).
			disable404Route: true,
			// Indexed by searchIndex, below, without the pages no reader searches; the search box is
			// Starlight's still (the Search override wraps it).
			pagefind: false,
		}),
		searchIndex(),
		// The language-neutral /go/ pages of every skill and section, written after the search index
		// is made (they have nothing to search) and apart from Astro's pages, so that neither the
		// search index nor the sitemap lists them (src/previews/).
		goLinks(),
		// The skills' images, under their own names, with their headers (src/publish/).
		skillFiles(),
		// Starlight's own sitemap.
		sitemap({
			i18n: {
				defaultLocale: 'root',
				locales: Object.fromEntries(
					Object.values(languages).map(({ locale, lang }) => [locale, lang])
				),
			},
		}),
	],
});
