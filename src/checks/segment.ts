import { lexicon } from '../lexicon/load';

/**
 * The words of a Chinese text, as jieba cuts them with the lexicon's dictionary (CC-CEDICT's
 * words): the one segmenter the site loads, for the dictionary's evidence and the checks alike.
 * @example
 * segment('你必须运行测试') // => ['你', '必须', '运行', '测试']
 */
export function segment(text: string): string[] {
	return lexicon().jieba.cut(text, false);
}
