// @ts-check
import { defineConfig } from 'astro/config';
import { Features } from 'lightningcss';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { languages } from './src/i18n/languages';
import { ui } from './src/i18n/ui';
import { siteUrl, siteUrlWarning } from './src/site';

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
	markdown: {
		// Sätteri, Astro's own engine, with GFM. Sources are translated text: straight quotes stay
		// straight, `--` stays two hyphens. Headings carry their section's id as `{#id}`.
		processor: satteri({
			features: { gfm: true, smartPunctuation: false, headingAttributes: true },
		}),
		// A skill page's code reaches the Markdown as a slot, and is coloured when the page is drawn
		// (src/views/page-code.ts): no Markdown of ours has code blocks for Astro to colour.
		syntaxHighlight: false,
	},
	vite: {
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
			// Only what every Starlight page needs and no component of ours owns: the Markdown of skill
			// pages is rendered by Starlight's own route. Everything else is imported by its component.
			customCss: [
				'./src/styles/tokens.css',
				'./src/styles/pending-translation.css',
				'./src/styles/freshness.css',
				'./src/styles/code.css',
				'./src/styles/tables.css',
				'./src/styles/typography-zh.css',
				'./src/styles/print.css',
			],
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				Search: './src/components/overrides/Search.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			// Every page's sidebar is made from its own skill (src/navigation/sidebar.ts). Left to
			// itself, Starlight would list every page in a sidebar it then clones for every page: work
			// that grows with the square of the library.
			sidebar: [],
			pagination: false,
			expressiveCode: false,
			// Our 404 page is in both languages (src/pages/404.astro).
			disable404Route: true,
		}),
		// Starlight's own sitemap, but without the language-neutral /go/ pages, which are not indexed.
		sitemap({
			filter: (page) => !new URL(page).pathname.includes('/go/'),
			i18n: {
				defaultLocale: 'root',
				locales: Object.fromEntries(
					Object.values(languages).map(({ locale, lang }) => [locale, lang])
				),
			},
		}),
	],
});
