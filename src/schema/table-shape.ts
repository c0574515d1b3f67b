import type { Table } from 'mdast';
import { languageKeys, languages, type LanguageKey } from '../i18n/languages';
import { parseText } from '../markdown/parse';

/** The one table of a `table:` text (its shape was checked before). */
function tableOf(markdown: string): Table | undefined {
	const [node] = parseText(markdown).children;
	return node?.type === 'table' ? node : undefined;
}

/**
 * How a table's translation differs in shape from the original, if it does: the rows of a table
 * and its translation are read side by side, so each must have the same rows and columns.
 * @example
 * tableShapeProblem({ en: '| a | b |\n| - | - |\n| 1 | 2 |', zh: '| 甲 |\n| - |\n| 1 |' })
 * // => { key: 'zh', message: 'has 1 column where the English table has 2' }
 */
export function tableShapeProblem(
	texts: Partial<Record<LanguageKey, string>>
): { key: LanguageKey; message: string } | undefined {
	const [first, ...others] = languageKeys.filter((key) => texts[key] !== undefined);
	const original = first && tableOf(texts[first]!);
	if (!original) return undefined;
	const name = languages[first!].name;
	for (const key of others) {
		const table = tableOf(texts[key]!);
		if (!table) continue;
		const columns = (t: Table) => t.children[0]?.children.length ?? 0;
		const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
		if (columns(table) !== columns(original)) {
			return {
				key,
				message: `has ${plural(columns(table), 'column')} where the ${name} table has ${columns(original)}`,
			};
		}
		if (table.children.length !== original.children.length) {
			return {
				key,
				message: `has ${plural(table.children.length, 'row')} where the ${name} table has ${original.children.length} (header row included)`,
			};
		}
		const row = table.children.findIndex(
			(cells, i) => cells.children.length !== original.children[i]!.children.length
		);
		if (row !== -1) {
			const cells = table.children[row]!.children.length;
			return {
				key,
				message: `has ${plural(cells, 'cell')} in row ${row + 1} where the ${name} table has ${original.children[row]!.children.length} (header row included)`,
			};
		}
	}
	return undefined;
}
