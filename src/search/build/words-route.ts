/**
 * The route that writes the search's dictionary (bridge.ts) as `wordChunks` text files, one line
 * per Chinese word: `部署<tab>deploy`, its English words separated by spaces. Plain lines, not
 * JSON: the browser reads a chunk into a map with one split per line.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { library } from '../../library';
import type { SkillModel } from '../../model/skill-model';
import { wordChunk, wordChunks } from '../files';
import { bridge } from './bridge';
import { siteVocabulary } from './vocabulary';

/**
 * The dictionary's chunks, as the files hold them.
 * @example
 * wordChunkTexts(skills)[wordChunk('部署')] // => '…\n部署\tdeploy\n…'
 */
export function wordChunkTexts(skills: readonly SkillModel[]): string[] {
	const chunks: string[][] = Array.from({ length: wordChunks }, () => []);
	for (const [word, english] of bridge(siteVocabulary(skills)))
		chunks[wordChunk(word)]!.push(`${word}\t${english.join(' ')}`);
	return chunks.map((lines) => lines.join('\n'));
}

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
