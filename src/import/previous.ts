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
