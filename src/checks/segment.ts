import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

/**
 * The words of a Chinese text, as jieba cuts them with its own dictionary (made once, when first
 * asked).
 * @example
 * segment('你必须运行测试') // => ['你', '必须', '运行', '测试']
 */
export function segment(text: string): string[] {
	jieba ??= Jieba.withDict(dict);
	return jieba.cut(text, false);
}
