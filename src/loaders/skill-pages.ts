import type { Loader } from 'astro/loaders';
import { languageKeys, languages, type LanguageKey } from '../i18n/languages';
import { pageFacts } from '../model/page-facts';
import type { SkillRoute } from '../navigation/skill-route';
import { defaultSkillsBase, syncSkillSources } from './skill-sources';

/**
 * The id of a skill's page in Starlight's docs collection: the locale first, as Starlight expects.
 * @example
 * skillPageId('mlops-engineer', 'en') // => 'skills/mlops-engineer'
 * skillPageId('mlops-engineer', 'zh') // => 'zh-cn/skills/mlops-engineer'
 */
function skillPageId(name: string, key: LanguageKey): string {
	const { locale } = languages[key];
	return `${locale === 'root' ? '' : `${locale}/`}skills/${name}`;
}

/**
 * Feeds Starlight's `docs` collection with one page per skill and language: its title,
 * description and sections (for "On this page"). The page's body is drawn from the skill's model
 * when the page is served (views/page-html.ts, through the MarkdownContent override), so Astro's
 * content store, which a build holds whole and `astro dev` rewrites at every edit, keeps no HTML.
 * @example
 * defineCollection({ loader: skillPagesLoader(), schema: docsSchema({ extend: skillRouteSchema }) })
 */
export function skillPagesLoader({
	base = defaultSkillsBase,
}: { base?: string | undefined } = {}): Loader {
	return {
		name: 'skill-pages-loader',
		load: (context) =>
			syncSkillSources(context, base, async (skill, filePath) => {
				// Titles and headings only: the skill's model is made where its pages are drawn.
				const facts = pageFacts(skill);
				return Promise.all(
					languageKeys.map(async (key) => {
						const id = skillPageId(skill.name, key);
						const skillRoute: SkillRoute = { name: skill.name, view: 'page' };
						const { title, description, headings } = facts[key];
						const frontmatter = {
							title,
							description,
							tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 4 },
							skill: skillRoute,
						};
						// "On this page" lists the sections as the source names them.
						const digest = context.generateDigest({ frontmatter, headings });
						if (context.store.get(id)?.digest === digest) return id;
						const data = await context.parseData({ id, filePath, data: frontmatter });
						const rendered = { html: '', metadata: { headings } };
						context.store.set({ id, data, filePath, digest, rendered });
						return id;
					})
				);
			}),
	};
}
