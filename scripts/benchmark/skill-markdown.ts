/**
 * The benchmark's only door into the site's code (src/): the skills as this site writes them to
 * Markdown, per language, so that the bare site gets the very same text. Everything else in
 * scripts/benchmark/ sees only the plain shapes below, so a change to src/'s APIs is met here.
 */
import '../lib/resolve-ts.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface SkillMarkdown {
	/** The skill's folder name, which is also its URL segment. */
	name: string;
	title: string;
	description?: string;
	/** The page body, without front matter. */
	markdown: string;
	/** The skill's folder (absolute) and the images its texts show, as paths from it. */
	folder: string;
	images: string[];
}

/**
 * One language's side of every skill, and what a site needs to serve that language.
 * @example
 * { key: 'zh', locale: 'zh-cn', lang: 'zh-CN', label: '简体中文', prefix: '/zh-cn', siteTitle: '双语技能文档', skills: […] }
 */
export interface LanguageMarkdown {
	/** The key of the language in the sources: `en`, `zh`. */
	key: string;
	/** Starlight's locale key, `root` for the language served without a prefix. */
	locale: string;
	/** BCP 47 tag: `zh-CN`. */
	lang: string;
	/** The language's name in itself, for the language picker. */
	label: string;
	/** URL prefix of its pages: `''` or `/zh-cn`. */
	prefix: string;
	siteTitle: string;
	/** In the order of the skills' folders. */
	skills: SkillMarkdown[];
}

/**
 * Every skill under `skillsDir` (relative to the working directory), in every language, as the
 * SKILL.md this site exports (what agents load), without its front matter and `# Title` line,
 * which a Starlight page makes of its own front matter: plain Starlight slugs the headings itself.
 * @example
 * const [en, zh] = await readSkillMarkdown('content/skills');
 * en.skills[0] // => { name: 'mlops-engineer', title: 'MLOps Engineer', description: '…', markdown: '## Purpose\n…' }
 * zh.prefix // => '/zh-cn'
 */
export async function readSkillMarkdown(skillsDir: string): Promise<LanguageMarkdown[]> {
	// Dynamic, so that they load after resolve-ts.ts has taught Node src/'s imports.
	const { readSkills } = await import('../../src/source/read-skills.ts');
	const { skillFile } = await import('../../src/export/skill-file.ts');
	const { skillModel } = await import('../../src/model/skill-model.ts');
	const { imageFiles } = await import('../../src/source/skill-files.ts');
	const { languages, languageKeys } = await import('../../src/i18n/languages.ts');
	const { t } = await import('../../src/i18n/ui.ts');

	const root = pathToFileURL(`${process.cwd()}/`);
	const sources = await readSkills(skillsDir, root);
	return languageKeys.map((key) => {
		const { locale, lang, label, prefix } = languages[key];
		const skills = sources.map(({ skill, error, filePath }) => {
			if (!skill) throw error;
			const model = skillModel({ ...skill, titleHeading: false }, { checks: false });
			const written = skillFile(model, key);
			return {
				name: skill.name,
				title: model.title[key].text,
				description: model.description[key].text,
				markdown: written.slice(frontmatterEnd(written)),
				folder: fileURLToPath(new URL('./', new URL(filePath, root))),
				images: imageFiles(skill),
			};
		});
		return { key, locale, lang, label, prefix, siteTitle: t(key)('site.title'), skills };
	});
}

/** Where the front matter an exported SKILL.md opens with ends (after its closing `---`). */
function frontmatterEnd(written: string): number {
	const close = written.indexOf('\n---\n', 4);
	return close < 0 ? 0 : close + '\n---\n'.length;
}
