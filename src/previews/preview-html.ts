import { transformSync } from 'esbuild';
import { languageKeys, languages } from '../i18n/languages';
import { alternateRedirectScript } from '../i18n/preference';
import type { LinkPreview } from './link-preview';
import { clip, fitTogether, previewLimits } from './preview-text';

/**
 * What a page weighs at most, in bytes (issue 21: there are tens of thousands, each read only to be
 * left). The section's id is in the page five times (its canonical URL, two alternates and two
 * links; the script reads it from the alternates), so a long one takes its room from the
 * description, down to {@link leastDescription} graphemes: a page is under budget when its id is
 * at most {@link longId} bytes long, as every one of the 784 ids of the real skills is (the
 * longest, a heading of a whole sentence, is 121 bytes).
 */
export const pageBytes = 3000;
/** See {@link pageBytes}. */
export const longId = 140;
/** The fewest graphemes a description is cut to for the page's weight: a phrase in each language. */
export const leastDescription = 20;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text as HTML text or as an attribute value in double quotes (the only quotes this page writes):
 * every character that could end either, or start markup, as an entity. Sources are written by
 * many hands; nothing of theirs is markup here.
 * @example
 * escapeHtml('a "b" </title>') // => 'a &quot;b&quot; &lt;/title&gt;'
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (char) => entities[char]!);
}

/** The script that sends a reader on, minified once (esbuild, which Astro builds with): every
 * page has it, and it is a fifth to a quarter of one. It holds no text of a source. */
const redirect = transformSync(alternateRedirectScript(), { minify: true }).code.trim();

// The system's fonts, which cover Chinese on every system (the site's Chinese font stack, some
// 100 bytes a page, is left to its pages). Light or dark as the reader's system is (a page most
// readers see for an instant, and which must stay under 3 kB); no request for a stylesheet.
const style =
	':root{color-scheme:light dark;font:1.25rem/1.6 system-ui,sans-serif}' +
	'body{max-width:36rem;margin:4rem auto;padding:0 1.5rem}' +
	// The colours said, not the browser's: a checker (axe) takes an unset background for white,
	// and Chromium's own dark link colour is too dim on it.
	'body{background:light-dark(#fff,#17181c);color:light-dark(#1f2328,#e6e8ec)}' +
	'a{color:light-dark(#1d4ed8,#9db8ff)}';

/**
 * A preview's description: each language's text, the same text once, in at most `room` graphemes.
 * @example
 * previewDescription(skillPreview(mlops, context)) // => 'Expert MLOps engineer … 专业级MLOps工程师，…'
 */
export function previewDescription(preview: LinkPreview, room: number = previewLimits.description) {
	return fitTogether(
		languageKeys.map((key) => preview.versions[key].text),
		room,
		' ',
		clip
	);
}

/**
 * The HTML of a language-neutral `/go/` page: its preview for unfurlers (title, description,
 * Open Graph, the alternates in each language, a canonical URL, not indexed), a script that sends
 * readers on to their language's page, and plain links for readers and crawlers without it. Every
 * text and address is escaped; the page loads nothing, and weighs less than {@link pageBytes}.
 * @example
 * previewHtml(sectionPreview(mlops, capabilities, context)) // => '<!doctype html><html lang="en">…'
 */
export function previewHtml(preview: LinkPreview): string {
	let room: number = previewLimits.description;
	for (;;) {
		const html = pageHtml(preview, previewDescription(preview, room));
		const over = Buffer.byteLength(html) - (pageBytes - 1);
		if (over <= 0 || room <= leastDescription) return html;
		// A grapheme is one to three bytes, and escaped (`&quot;`) up to six: cut by half the excess.
		room = Math.max(leastDescription, room - Math.ceil(over / 2));
	}
}

/** The page with a given description. */
function pageHtml(preview: LinkPreview, description: string): string {
	const { fragment, versions } = preview;
	const [first, ...others] = languageKeys;
	const at = (path: string) => (fragment ? `${path}#${fragment}` : path);
	const absolute = (path: string) => new URL(at(path), preview.site).href;
	const attr = (name: string, value: string) => `${name}="${escapeHtml(value)}"`;
	const meta = (key: 'name' | 'property', name: string, content: string) =>
		`<meta ${attr(key, name)} ${attr('content', content)}>`;
	const alternate = (lang: string, href: string) =>
		`<link rel="alternate" ${attr('hreflang', lang)} ${attr('href', href)}>`;
	const head = [
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(preview.title)}</title>`,
		// Unfurlers read og:description before a `description`, and no search engine indexes the
		// page: the description once keeps the page under 3 kB.
		'<meta name="robots" content="noindex">',
		`<link rel="canonical" ${attr('href', preview.url)}>`,
		...languageKeys.map((key) => alternate(languages[key].lang, absolute(versions[key].page))),
		meta('property', 'og:title', preview.title),
		meta('property', 'og:description', description),
		meta('property', 'og:site_name', preview.siteName),
		meta('property', 'og:locale', languages[first].ogLocale),
		...others.map((key) => meta('property', 'og:locale:alternate', languages[key].ogLocale)),
		`<script>${redirect}</script>`,
		`<style>${style}</style>`,
	];
	const versionLinks = languageKeys.map((key) => {
		const { lang, label } = languages[key];
		const name = escapeHtml(versions[key].name);
		// A name waiting for its translation is in the original's language.
		const shown =
			versions[key].lang === lang
				? name
				: `<span ${attr('lang', versions[key].lang)}>${name}</span>`;
		return `<li ${attr('lang', lang)}><a ${attr('href', at(versions[key].page))}>${shown}</a> (${escapeHtml(label)})</li>`;
	});
	return `<!doctype html><html ${attr('lang', languages[first].lang)}><head>${head.join('')}</head><body><main><h1>${escapeHtml(preview.title)}</h1><ul>${versionLinks.join('')}</ul></main></body></html>`;
}
