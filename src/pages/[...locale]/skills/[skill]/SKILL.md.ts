import type { APIRoute, GetStaticPaths } from 'astro';
import { skillFile } from '../../../../export/skill-file';
import { library } from '../../../../library';
import { languageKeys, languages, type LanguageKey } from '../../../../i18n/languages';
import type { SkillModel } from '../../../../model/skill-model';

/**
 * Every skill as a SKILL.md per language, at `/skills/<name>/SKILL.md` and `/zh-cn/…`: the file
 * an agent loads, written from the same model as the pages, so it says what they show.
 */
export const getStaticPaths = (async () => {
	const { skills } = await library();
	return languageKeys.flatMap((key) =>
		skills.map((model) => ({
			params: { locale: languages[key].prefix.slice(1) || undefined, skill: model.name },
			props: { model, key },
		}))
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: SkillModel; key: LanguageKey }> = ({ props }) =>
	new Response(skillFile(props.model, props.key), {
		headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
	});
