import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { LanguageKey } from '../i18n/languages';
import { t } from '../i18n/ui';
import { textIn } from '../schema/pair';
import type { Skill } from '../schema/skill';
import { toPlainText } from '../markdown/plain-text';
import { skillPath } from './paths';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const link = (label: string, href: string, current = false): SidebarEntry => ({
	type: 'link',
	label,
	href,
	isCurrent: current,
	badge: undefined,
	attrs: {},
});

/**
 * The sidebar of one language: a group per skill listing its top-level sections in that
 * language, open on the skill's own pages.
 * @example
 * skillSidebar([mlops], 'zh', '/zh-cn/skills/mlops-engineer/', '/')
 * // => [{ type: 'group', label: '技能', entries: [{ type: 'group', label: 'MLOps工程师',
 * //      entries: [{ label: '适用场景', href: '/zh-cn/skills/mlops-engineer/#use-this-skill-when' }, …] }] }]
 */
export function skillSidebar(
	skills: Skill[],
	key: LanguageKey,
	pathname: string,
	base: string
): SidebarEntry[] {
	const skillGroups = skills.map((skill): SidebarEntry => {
		const page = skillPath(skill.name, key, base);
		return {
			type: 'group',
			label: skill.title[key],
			collapsed: !pathname.startsWith(page),
			badge: undefined,
			entries: skill.sections.map((section) =>
				link(toPlainText(textIn(section.heading, key).text), `${page}#${section.id}`)
			),
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
