import type { APIRoute, GetStaticPaths } from 'astro';
import { skillFile } from '../../../../export/skill-file';
import { skillSources } from '../../../../library';
import { languageKeys, languages, type LanguageKey } from '../../../../i18n/languages';
import type { Skill } from '../../../../schema/skill';

/**
 * Every skill as a SKILL.md per language, at `/skills/<name>/SKILL.md` and `/zh-cn/…`: the file
 * an agent loads, made from the same checked source as the pages.
 */
export const getStaticPaths = (async () => {
	const sources = await skillSources();
	return languageKeys.flatMap((key) =>
		sources.map(({ skill }) => ({
			params: { locale: languages[key].prefix.slice(1) || undefined, skill: skill.name },
			props: { skill, key },
		}))
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ skill: Skill; key: LanguageKey }> = ({ props }) =>
	new Response(skillFile(props.skill, props.key), {
		headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
	});
