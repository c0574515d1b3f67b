import { languageKeys, perLanguage, type PerLanguage } from '../i18n/languages';
import { t } from '../i18n/ui';
import type { SectionModel, SkillModel } from '../model/skill-model';
import { hasOwnAddress } from '../navigation/own-address';
import { neutralPath, neutralSectionPath, skillPath } from '../navigation/paths';
import { clip, fitTogether, headed, previewLimits, previewText } from './preview-text';
import { sectionText } from './section-text';

/** One language's version of what a language-neutral link opens. */
export interface PreviewVersion {
	/** Its page in this language, a site path with the base; the preview's `fragment` goes after. */
	page: string;
	/** What the link is called in this language (a skill's title, a section's heading), and the
	 * `lang` of that text: the original's while the translation is pending. */
	name: string;
	lang: string;
	/** What it says first in this language (a skill's description, a section's first text), on
	 * one line and at most as long as a description may be: the page joins the languages' texts
	 * in the room it has (preview-html.ts). */
	text: string;
}

/** What a language-neutral `/go/` page says of what it opens: all of it plain data, as built
 * from the library, so that a build can hand it from a route to the files (go-integration.ts). */
export interface LinkPreview {
	/** `<title>` and `og:title`, in every language, within the unfurlers' limits. */
	title: string;
	/** `og:site_name`, in every language. */
	siteName: string;
	/** The page's own absolute URL: its canonical URL. */
	url: string;
	/** The site's origin, for the absolute URLs of the other-language alternates. */
	site: string;
	/** The section's id, percent-encoded, for each version's `#fragment`; '' for a skill. */
	fragment: string;
	versions: PerLanguage<PreviewVersion>;
}

/** Where previews are made: the site's origin (`https://skills.example.org`) and Astro's `base`. */
export interface PreviewContext {
	site: string;
	base: string;
}

/** The site's name in every language, as a preview names where a link leads. */
const siteName = fitTogether(
	languageKeys.map((key) => t(key)('site.title')),
	previewLimits.title,
	' · ',
	clip
);

/**
 * The preview of a skill's language-neutral link (`/go/<skill>/`): its title and description in
 * every language.
 * @example
 * skillPreview(mlops, { site: 'https://skills.example.org', base: '/' }).title // => 'MLOps Engineer · MLOps工程师'
 */
export function skillPreview(skill: SkillModel, { site, base }: PreviewContext): LinkPreview {
	const titles = languageKeys.map((key) => previewText(skill.title[key].text));
	return {
		title: fitTogether(titles, previewLimits.title, ' · ', clip),
		siteName,
		url: new URL(neutralPath(skill.name, base), site).href,
		site,
		fragment: '',
		versions: perLanguage((key) => ({
			page: skillPath(skill.name, key, base),
			name: clip(previewText(skill.title[key].text), previewLimits.title),
			lang: skill.title[key].lang,
			text: clip(previewText(skill.description[key].text), previewLimits.description),
		})),
	};
}

/**
 * The preview of a section's language-neutral link (`/go/<skill>/<section>/`): "Section — Skill"
 * and what the section says first, in every language. `skillOnly` is the skill's own preview,
 * made once for all its sections when there are many. Its URL is the section's id's, whichever of
 * its aliases the link names (but for an id too long to be an address: navigation/own-address.ts).
 * @example
 * sectionPreview(mlops, capabilities, context).title // => 'Capabilities — MLOps Engineer · 能力范围 — MLOps工程师'
 */
export function sectionPreview(
	skill: SkillModel,
	section: SectionModel,
	context: PreviewContext,
	skillOnly: LinkPreview = skillPreview(skill, context)
): LinkPreview {
	const headings = languageKeys.map((key) => [
		previewText(section.heading[key].plain),
		previewText(skill.title[key].text),
	]) as [string, string][];
	// A section without prose (code only, or nothing) is described by its skill.
	const texts = sectionText(section) ?? perLanguage((key) => skill.description[key].text);
	const fragment = encodeURIComponent(section.id);
	// Its address: its id's, or if that is too long to be one, its first alias's that is not.
	const named = [section.id, ...section.aliases].find(hasOwnAddress);
	const address = named
		? neutralSectionPath(skill.name, named, context.base)
		: `${neutralPath(skill.name, context.base)}#${fragment}`;
	return {
		...skillOnly,
		title: fitTogether(headings, previewLimits.title, ' · ', ([h, s], room) => headed(h, s, room)),
		url: new URL(address, context.site).href,
		fragment,
		versions: perLanguage((key) => ({
			...skillOnly.versions[key],
			name: clip(previewText(section.heading[key].plain), previewLimits.title),
			lang: section.heading[key].lang,
			text: clip(previewText(texts[key]), previewLimits.description),
		})),
	};
}
