import type { Root } from 'mdast';
import type { LanguageKey } from '../i18n/languages';
import { encodePath, urlTarget } from '../markdown/file-path';
import { resolveUrls } from '../markdown/resolve-urls';
import { skillPath, withBase } from '../navigation/paths';
import { imageFile } from '../schema/image';
import type { Skill } from '../schema/skill';
import { repositoryFile, repositoryFolder } from './repository';

/** What the links of a skill's texts are resolved against, besides the skill itself. */
export interface LinkContext {
	/** Astro's `base` (`import.meta.env.BASE_URL`; `config.base` in a loader). */
	base?: string | undefined;
	/** The skills the site publishes: a link to one of them (`../name/SKILL.md`) goes to its page. */
	skills?: ReadonlySet<string> | undefined;
	/** Whether the model's pairs are checked (checks/): not where only titles and headings are
	 * read (the content loader), since the checks are the costliest part of a model. */
	checks?: boolean | undefined;
}

/**
 * Where a skill's images are published: `<base>/skill-files/<name>/<path in its folder>`
 * (src/publish/skill-files.ts).
 * @example
 * skillFileUrl('crewai', 'images/flow.svg') // => '/skill-files/crewai/images/flow.svg'
 */
export function skillFileUrl(name: string, file: string, base = '/'): string {
	return withBase(`/skill-files/${name}/${encodePath(file)}`, base);
}

/** `../<name>/SKILL.md`, `../<name>/` or `../<name>`: another skill of the collection. */
const otherSkill = /^\.\.\/([^/]+)(?:\/SKILL\.md)?$/;

/**
 * How the texts of a skill read on a page of one language: images at their published address,
 * links to another skill of the site at its page in that language, links to other files of the
 * skill's folder (which are not published) at the repository the front matter names, or as
 * their text when it names none. Addresses and `#section` links stay as written.
 * @example
 * const read = skillLinks(skill, { base: '/', skills: new Set(['crewai']) });
 * read(parseText('[Crew](../crewai/SKILL.md) ![Flow](flow.png)'), 'zh')
 * // => links to '/zh-cn/skills/crewai/', shows '/skill-files/<name>/flow.png'
 */
export function skillLinks(
	skill: Pick<Skill, 'name' | 'frontmatter'>,
	{ base = '/', skills = new Set() }: LinkContext
): (tree: Root, key: LanguageKey) => Root {
	const repository = repositoryFolder(skill.frontmatter ?? {});
	const image = (url: string) => {
		const file = imageFile(url);
		// The schema lets no other image through (schema/image.ts).
		return file === undefined ? url : skillFileUrl(skill.name, file, base);
	};
	return (tree, key) =>
		resolveUrls(tree, {
			image,
			link: (url) => {
				const target = urlTarget(url);
				if (target.kind === 'address') return url;
				if (target.kind === 'rooted' || target.path === '') return undefined;
				const other = otherSkill.exec(target.path)?.[1];
				if (other && skills.has(other)) return skillPath(other, key, base) + target.hash;
				const file = repository && repositoryFile(repository, target.path);
				return file && file + target.hash;
			},
		});
}
