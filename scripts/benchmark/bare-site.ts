/**
 * The bare site the benchmark measures this one against: a Starlight project with its defaults,
 * the same languages and, per language, a home page listing the skills and a page per skill with
 * the same text, as plain Markdown.
 */
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LanguageMarkdown } from './skill-markdown.ts';

/**
 * Where a skill's page is in either site (they share their URLs).
 * @example
 * skillPagePath('/zh-cn', 'mlops-engineer') // => '/zh-cn/skills/mlops-engineer/'
 */
export function skillPagePath(prefix: string, name: string): string {
	return `${prefix}/skills/${name}/`;
}

/** A Markdown page with Starlight's front matter. */
function page(title: string, description: string | undefined, body: string): string {
	// JSON strings are valid YAML scalars, whatever the text contains.
	const lines = [`title: ${JSON.stringify(title)}`];
	if (description) lines.push(`description: ${JSON.stringify(description)}`);
	return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

function astroConfig(languages: LanguageMarkdown[]): string {
	const title = Object.fromEntries(languages.map(({ lang, siteTitle }) => [lang, siteTitle]));
	const locales = Object.fromEntries(
		languages.map(({ locale, label, lang }) => [locale, { label, lang }])
	);
	const root = languages.find(({ locale }) => locale === 'root');
	if (!root) throw new Error('The bare site needs a language served at the root (locale "root").');
	return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [
		starlight({
			title: ${JSON.stringify(title)},
			defaultLocale: 'root',
			locales: ${JSON.stringify(locales)},
		}),
	],
});
`;
}

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes the bare project into `root`, replacing whatever was there. It has no package.json or
 * node_modules of its own: run from this repository, `astro build --root <root>` resolves
 * Astro and Starlight from the repository's.
 * @example
 * await writeBareSite('.bench/bare', await readSkillMarkdown('content/skills'));
 * // .bench/bare/src/content/docs/skills/mlops-engineer/index.md, …/zh-cn/skills/mlops-engineer/index.md, …
 */
export async function writeBareSite(root: string, languages: LanguageMarkdown[]): Promise<void> {
	await rm(root, { recursive: true, force: true });
	const copies: Record<string, string> = {};
	const files: Record<string, string> = {
		'astro.config.mjs': astroConfig(languages),
		'src/content.config.mjs': contentConfig,
	};
	for (const { locale, prefix, siteTitle, skills } of languages) {
		const dir = `src/content/docs/${locale === 'root' ? '' : `${locale}/`}`;
		const links = skills.map(({ name, title }) => `- [${title}](${skillPagePath(prefix, name)})`);
		files[`${dir}index.md`] = page(siteTitle, undefined, `${links.join('\n')}\n`);
		for (const { name, title, description, markdown, folder, images } of skills) {
			// A folder per skill, so that the images its Markdown names beside it are found there.
			files[`${dir}skills/${name}/index.md`] = page(title, description, markdown);
			for (const image of images) copies[`${dir}skills/${name}/${image}`] = join(folder, image);
		}
	}
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), text);
	}
	for (const [path, from] of Object.entries(copies)) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await copyFile(from, join(root, path));
	}
}
