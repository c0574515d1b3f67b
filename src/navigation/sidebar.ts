import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { LanguageKey } from '../i18n/languages';
import { t } from '../i18n/ui';
import { toPlainText } from '../markdown/plain-text';
import { textIn } from '../schema/pair';
import type { Skill } from '../schema/skill';
import { matchSkillPath, skillPath } from './paths';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const link = (label: string, href: string, isCurrent = false): SidebarEntry => ({
	type: 'link',
	label,
	href,
	isCurrent,
	badge: undefined,
	attrs: {},
});

/**
 * The sidebar of one language: a group per skill with its compare view and its top-level
 * sections, open on the skill's own pages. On the compare view, section links stay in it.
 * @example
 * skillSidebar([mlops], 'zh', '/zh-cn/skills/mlops-engineer/', '/')
 * // => [{ type: 'group', label: '技能', entries: [{ type: 'group', label: 'MLOps工程师', entries: [
 * //      { label: '中英对照', href: '/zh-cn/skills/mlops-engineer/compare/' },
 * //      { label: '适用场景', href: '/zh-cn/skills/mlops-engineer/#use-this-skill-when' }, …] }] }]
 */
export function skillSidebar(
	skills: Skill[],
	key: LanguageKey,
	pathname: string,
	base: string
): SidebarEntry[] {
	const here = matchSkillPath(pathname, base);
	const skillGroups = skills.map((skill): SidebarEntry => {
		const onThisSkill = here?.name === skill.name;
		const compare = skillPath(skill.name, key, base, 'compare');
		const sectionsPage = skillPath(skill.name, key, base, onThisSkill ? here.view : 'page');
		return {
			type: 'group',
			label: skill.title[key],
			collapsed: !onThisSkill,
			badge: undefined,
			entries: [
				link(t(key)('compare.title'), compare, onThisSkill && here.view === 'compare'),
				...skill.sections.map((section) =>
					link(toPlainText(textIn(section.heading, key).text), `${sectionsPage}#${section.id}`)
				),
			],
		};
	});
	return [
		{
			type: 'group',
			label: t(key)('sidebar.skills'),
			collapsed: false,
			badge: undefined,
			entries: skillGroups,
		},
	];
}
