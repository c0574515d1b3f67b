/**
 * The search's dictionary (bridge.ts) as the files the browser reads: `wordChunks` texts, one
 * line per Chinese word, `部署<tab>deploy`, its English words separated by spaces. Plain lines,
 * not JSON: the browser reads a chunk into a map with one split per line.
 */
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
