import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { root } from 'astro:config/server';
import { skillSources } from '../../../library';
import { imageType } from '../../../schema/image';
import { imageFiles } from '../../../source/skill-files';

/**
 * The images of every skill, at `/skill-files/<skill>/<path in its folder>`: only the files its
 * texts show (checked to exist when the source was read, source/skill-files.ts), written into
 * the build as they are and served by `astro dev` with their image type. SVGs are shown only
 * through `<img>`, where a browser runs none of their scripts; they are never inlined.
 * @example
 * // content/skills/x/images/flow.svg, shown as ![Flow](images/flow.svg) → /skill-files/x/images/flow.svg
 */
export const getStaticPaths = (async () =>
	(await skillSources()).flatMap(({ skill, filePath }) =>
		imageFiles(skill).map((file) => ({
			params: { skill: skill.name, file },
			props: { path: join(dirname(fileURLToPath(new URL(filePath!, root))), file), file },
		}))
	)) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(await readFile(props.path), {
		headers: { 'Content-Type': imageType(props.file) ?? 'application/octet-stream' },
	});
