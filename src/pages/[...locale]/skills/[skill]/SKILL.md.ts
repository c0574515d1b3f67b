import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { skillFile } from '../../../../export/skill-file';
import { languageKeys, languages, type LanguageKey } from '../../../../i18n/languages';
import type { Skill } from '../../../../schema/skill';

/**
 * Every skill as a SKILL.md per language, at `/skills/<name>/SKILL.md` and `/zh-cn/…`: the file
 * an agent loads, made from the same checked source as the pages.
 */
export const getStaticPaths = (async () => {
	const skills = await getCollection('skills');
	return languageKeys.flatMap((key) =>
		skills.map(({ data }) => ({
			params: { locale: languages[key].prefix.slice(1) || undefined, skill: data.name },
			props: { skill: data, key },
		}))
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ skill: Skill; key: LanguageKey }> = ({ props }) =>
	new Response(skillFile(props.skill, props.key), {
		headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
	});
