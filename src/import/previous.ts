import { original, translation } from './align/pairing';

/**
 * The translations a source already holds, by original text: every pair (heading, paragraph,
 * item, table, code …) anywhere in it that has both texts. A re-import gives them back to the
 * pairs whose original did not change. The source is read as plain YAML data, unchecked, so
 * that a source with errors still gives up its translations.
 * @example
 * previousTranslations({ sections: [{ heading: { en: 'Usage', zh: '用法' } }] }) // => Map { 'Usage' => '用法' }
 */
export function previousTranslations(source: unknown): Map<string, string> {
	const found = new Map<string, string>();
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (value === null || typeof value !== 'object') return;
		const record = value as Record<string, unknown>;
		const [from, to] = [record[original], record[translation]];
		if (typeof from === 'string' && typeof to === 'string' && from !== '') found.set(from, to);
		Object.values(record).forEach(visit);
	};
	visit(source);
	return found;
}

// Code and HTML shared by both languages are written as a string, not as a pair.
const sharedText = new Set(['code', 'html']);

/**
 * Every English text of a source or a part of one (plain YAML data), in order, repeated as often
 * as it is.
 * @example
 * englishTexts({ title: { en: 'A', zh: '甲' }, body: [{ code: 'x = 1' }] }) // => ['A', 'x = 1']
 */
export function englishTexts(source: unknown): string[] {
	const texts: string[] = [];
	const walk = (value: unknown, key?: string): void => {
		if (typeof value === 'string') return void (key && sharedText.has(key) && texts.push(value));
		if (Array.isArray(value)) return value.forEach((inner) => walk(inner));
		if (value === null || typeof value !== 'object') return;
		const record = value as Record<string, unknown>;
		const text = record[original];
		if (typeof text === 'string') texts.push(text);
		for (const [inner, child] of Object.entries(record))
			if (inner !== 'frontmatter') walk(child, inner);
	};
	walk(source);
	return texts;
}
