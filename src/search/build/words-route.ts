/** The route that writes the search's dictionary as its chunk files (word-chunks.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { library } from '../../library';
import type { SkillModel } from '../../model/skill-model';
import { wordChunks } from '../files';
import { wordChunkTexts } from './word-chunks';

// Made once per library (once per build), not once per chunk.
const made = new WeakMap<readonly SkillModel[], string[]>();

/** @example getStaticPaths() // => [{ params: { chunk: '0' } }, …, { params: { chunk: '63' } }] */
export const getStaticPaths = (() =>
	Array.from({ length: wordChunks }, (_, chunk) => ({
		params: { chunk: String(chunk) },
	}))) satisfies GetStaticPaths;

/** @example await GET(context) // => Response of chunk `context.params.chunk` */
export const GET: APIRoute = async ({ params }) => {
	const { skills } = await library();
	let texts = made.get(skills);
	if (!texts) made.set(skills, (texts = wordChunkTexts(skills)));
	return new Response(texts[Number(params.chunk)] ?? '', {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
