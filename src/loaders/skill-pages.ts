import type { Loader } from 'astro/loaders';
import { languageKeys, languages, type LanguageKey } from '../i18n/languages';
import { serialize } from '../markdown/serialize';
import { skillModel } from '../model/skill-model';
import { pageLabels, pageTree } from '../views/page-tree';
import type { SkillRoute } from '../navigation/skill-route';
import { defaultSkillsBase, syncSkillSources } from './skill-sources';

/**
 * The id of a skill's page in Starlight's docs collection: the locale first, as Starlight expects.
 * @example
 * skillPageId('mlops-engineer', 'en') // => 'skills/mlops-engineer'
 * skillPageId('mlops-engineer', 'zh') // => 'zh-cn/skills/mlops-engineer'
 */
export function skillPageId(name: string, key: LanguageKey): string {
	const { locale } = languages[key];
	return `${locale === 'root' ? '' : `${locale}/`}skills/${name}`;
}

/**
 * Feeds Starlight's `docs` collection with one page per skill and language, rendered from the
 * skill's model by Astro's Markdown pipeline, so Starlight's heading anchors, code blocks and
 * table of contents work as on any page.
 * @example
 * defineCollection({ loader: skillPagesLoader(), schema: docsSchema({ extend: skillRouteSchema }) })
 */
export function skillPagesLoader({
	base = defaultSkillsBase,
}: { base?: string | undefined } = {}): Loader {
	return {
		name: 'skill-pages-loader',
		load: (context) =>
			syncSkillSources(context, base, async (skill, filePath, skills) => {
				// Links and images are resolved with the site's base, which import.meta.env lacks here.
				const model = skillModel(skill, { base: context.config.base, skills });
				return Promise.all(
					languageKeys.map(async (key) => {
						const id = skillPageId(skill.name, key);
						const markdown = serialize(pageTree(model, key, pageLabels(key)));
						const skillRoute: SkillRoute = { name: skill.name, view: 'page' };
						const frontmatter = {
							title: model.title[key].text,
							description: model.description[key].text,
							tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 4 },
							skill: skillRoute,
						};
						// Of what the page is made of, so that a change in how pages are made renders again.
						const digest = context.generateDigest({ markdown, frontmatter });
						if (context.store.get(id)?.digest === digest) return id;
						const data = await context.parseData({ id, filePath, data: frontmatter });
						// Starlight reads the interface language of its Markdown features (the anchor
						// links' labels) from the file's place in src/content/docs, so the page is
						// rendered as if it were there; its real source stays `filePath`.
						const fileURL = new URL(`content/docs/${id}.md`, context.config.srcDir);
						const rendered = await context
							.renderMarkdown(markdown, { fileURL })
							.catch((error: unknown) => {
								// The Markdown is ours, made from a checked source: name the source, not
								// the file it is rendered as.
								throw new Error(
									`${filePath}: the ${languages[key].name} page of “${skill.name}” could not be rendered: ${error instanceof Error ? error.message : String(error)}`,
									{ cause: error }
								);
							});
						// "On this page" lists the sections as the source names them (Astro's own list
						// mangles a `{` in a heading).
						rendered.metadata = { ...rendered.metadata, headings: model.headings[key] };
						context.store.set({ id, data, filePath, digest, rendered });
						return id;
					})
				);
			}),
	};
}
