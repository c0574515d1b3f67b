import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { LanguageKey } from '../i18n/languages';
import { t } from '../i18n/ui';
import type { SkillModel } from '../model/skill-model';
import { catalogPath, skillPath } from './paths';
import type { SkillView } from './skill-route';
import { skillViews } from './skill-views';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const link = (
	label: string,
	href: string,
	isCurrent = false,
	attrs: Record<string, string> = {}
): SidebarEntry => ({ type: 'link', label, href, isCurrent, badge: undefined, attrs });

const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({
	type: 'group',
	label,
	collapsed: false,
	badge: undefined,
	entries,
});

/** The skill a page shows, as the sidebar needs it. */
export interface SidebarPage {
	model: SkillModel;
	view: SkillView;
}

/**
 * A skill's own navigation: its three views (each language's page and the compare view, the one
 * open marked current, at the top where it is in view) and its top-level sections, which link
 * into the view the reader is on. Made from this skill alone, so a page's sidebar does not grow
 * with the library.
 * @example
 * skillGroup(mlops, 'zh', '/', 'page') // => { type: 'group', label: 'MLOps工程师', entries: [
 * //   { label: 'English', href: '/skills/mlops-engineer/' }, { label: '简体中文', isCurrent: true, … },
 * //   { label: '中英对照', … }, { type: 'group', label: '章节', entries: [{ label: '适用场景', href: '/zh-cn/skills/mlops-engineer/#use-this-skill-when' }, …] }] }
 */
export function skillGroup(
	skill: SkillModel,
	key: LanguageKey,
	base: string,
	view: SkillView
): SidebarEntry {
	const here = skillPath(skill.name, key, base, view);
	const views = skillViews(skill.name, key, base, view).map(
		({ label, href, current, lang, choice }) =>
			link(
				label,
				href,
				current,
				lang && choice ? { lang, hreflang: lang, 'data-language-choice': choice } : {}
			)
	);
	const sections = skill.sections.map(({ heading, id }) =>
		link(
			heading[key].plain,
			`${here}#${id}`,
			false,
			// A heading not translated yet is listed in the language it is in.
			heading[key].status === 'fallback' ? { lang: heading[key].lang } : {}
		)
	);
	return group(skill.title[key].text, [...views, group(t(key)('sidebar.sections'), sections)]);
}

/**
 * The sidebar of a page: the way back to the catalog (to the card of the skill the reader came
 * from), and on a skill's pages that skill's own navigation. Nothing of the rest of the library:
 * the catalog lists it, sorted and filtered, and the page stays the same size at any library size.
 * @example
 * skillSidebar('zh', '/', { model: mlops, view: 'page' })
 * // => [{ label: '全部技能', href: '/zh-cn/#skill-mlops-engineer' }, { type: 'group', label: 'MLOps工程师', … }]
 * skillSidebar('en', '/') // => [{ label: 'All skills', href: '/' }]
 */
export function skillSidebar(key: LanguageKey, base: string, page?: SidebarPage): SidebarEntry[] {
	const catalog = link(t(key)('sidebar.catalog'), catalogPath(key, base, page?.model.name));
	return page ? [catalog, skillGroup(page.model, key, base, page.view)] : [catalog];
}
