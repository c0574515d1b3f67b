import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { languages, type LanguageKey } from '../i18n/languages';
import { t } from '../i18n/ui';
import type { SkillModel } from '../model/skill-model';
import { skillPath } from './paths';
import type { SkillRoute } from './skill-route';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const link = (label: string, href: string, isCurrent = false, lang?: string): SidebarEntry => ({
	type: 'link',
	label,
	href,
	isCurrent,
	badge: undefined,
	// A heading not translated yet is listed in the language it is in.
	attrs: lang ? { lang } : {},
});

/**
 * A skill's group in the sidebar: its compare view and its top-level sections. Open on the
 * skill's own pages (`here`), where section links stay in the view the reader is on.
 * @example
 * skillGroup(mlops, 'zh', '/') // => { type: 'group', label: 'MLOps工程师', collapsed: true, entries: [
 * //   { label: '中英对照', href: '/zh-cn/skills/mlops-engineer/compare/' },
 * //   { label: '适用场景', href: '/zh-cn/skills/mlops-engineer/#use-this-skill-when' }, …] }
 */
export function skillGroup(
	skill: SkillModel,
	key: LanguageKey,
	base: string,
	here?: SkillRoute
): SidebarEntry {
	const sectionsPage = skillPath(skill.name, key, base, here?.view);
	return {
		type: 'group',
		label: skill.title[key].text,
		collapsed: !here,
		badge: undefined,
		entries: [
			link(
				t(key)('compare.title'),
				skillPath(skill.name, key, base, 'compare'),
				here?.view === 'compare'
			),
			...skill.sections.map(({ heading, id }) =>
				link(
					heading[key].plain,
					`${sectionsPage}#${id}`,
					false,
					heading[key].status === 'fallback' ? heading[key].lang : undefined
				)
			),
		],
	};
}

/**
 * The sidebar of one language: a group per skill, sorted by the title it shows in the reader's
 * language, the reader's own skill open.
 * @example
 * skillSidebar([mlops], 'zh', '/', { name: 'mlops-engineer', view: 'page' })
 * // => [{ type: 'group', label: '技能', entries: [{ type: 'group', label: 'MLOps工程师', collapsed: false, … }] }]
 */
export function skillSidebar(
	skills: SkillModel[],
	key: LanguageKey,
	base: string,
	here?: SkillRoute
): SidebarEntry[] {
	const collator = new Intl.Collator(languages[key].lang);
	const sorted = [...skills].sort((a, b) => collator.compare(a.title[key].text, b.title[key].text));
	return [
		{
			type: 'group',
			label: t(key)('sidebar.skills'),
			collapsed: false,
			badge: undefined,
			entries: sorted.map((skill) =>
				skillGroup(skill, key, base, here?.name === skill.name ? here : undefined)
			),
		},
	];
}
