import { isScalar, type Pair, type YAMLMap } from 'yaml';

/** A change to a source's text: replace `[from, to)` with `insert`. */
export interface Edit {
	from: number;
	to: number;
	insert: string;
}

type Entry = Pair<unknown, unknown>;
type Ranged = { range?: [number, number, number] | null };

const entry = (map: YAMLMap, key: string): Entry | undefined =>
	map.items.find((item) => isScalar(item.key) && item.key.value === key) as Entry | undefined;
const rangeOf = (node: unknown) => (node as Ranged).range!;
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/**
 * Sets `key: value` in a mapping as a text edit: the value replaced where the key is written, or,
 * where it is not, a new line after the entry `after` (in a flow mapping, `, key: value` after
 * it), indented as that entry is. Nothing else of the text moves.
 * @example
 * set(text, map, 'zhOf', 'zh', '1a2b3c4d') // => [{ from, to: from, insert: '    zhOf: 1a2b3c4d\n' }]
 */
function set(text: string, map: YAMLMap, key: string, after: string, value: string): Edit[] {
	const existing = entry(map, key);
	if (existing) {
		const [from, to] = rangeOf(existing.value);
		return text.slice(from, to) === value ? [] : [{ from, to, insert: value }];
	}
	const anchor = entry(map, after);
	if (!anchor) return [];
	const [, valueEnd, nodeEnd] = rangeOf(anchor.value);
	if (map.flow) return [{ from: valueEnd, to: valueEnd, insert: `, ${key}: ${value}` }];
	const keyStart = rangeOf(anchor.key)[0];
	const indent = ' '.repeat(keyStart - lineStart(text, keyStart));
	const ended = text[nodeEnd - 1] === '\n';
	const line = `${indent}${key}: ${value}`;
	// A new line ends as the file's lines do: a file saved on Windows keeps its `\r\n`.
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	return [{ from: nodeEnd, to: nodeEnd, insert: ended ? `${line}${eol}` : `${eol}${line}` }];
}

/**
 * Removes `key` from a mapping as a text edit: its whole line, or, where another entry shares
 * the line (`- machine: true` opening a list item, or a flow mapping), the entry alone.
 * @example
 * remove(text, map, 'machine') // => [{ from, to, insert: '' }]
 */
function remove(text: string, map: YAMLMap, key: string): Edit[] {
	const at = map.items.findIndex((item) => isScalar(item.key) && item.key.value === key);
	if (at < 0) return [];
	const [keyStart] = rangeOf(map.items[at]!.key);
	const [, valueEnd, nodeEnd] = rangeOf(map.items[at]!.value);
	const next = map.items[at + 1];
	const previous = map.items[at - 1];
	const start = lineStart(text, keyStart);
	if (!map.flow && text.slice(start, keyStart).trim() === '') {
		return [{ from: start, to: text[nodeEnd - 1] === '\n' ? nodeEnd : valueEnd, insert: '' }];
	}
	if (next) return [{ from: keyStart, to: rangeOf(next.key)[0], insert: '' }];
	return [{ from: rangeOf(previous!.value)[1], to: valueEnd, insert: '' }];
}

/**
 * Applies edits that do not overlap to a text, last first so that each offset still holds; at
 * one offset, a removal before an insertion, so that it removes what was there.
 * @example
 * apply('ab', [{ from: 1, to: 1, insert: 'x' }]) // => 'axb'
 */
function apply(text: string, edits: Edit[]): string {
	return [...edits]
		.sort((a, b) => b.from - a.from || b.to - a.to)
		.reduce(
			(result, { from, to, insert }) => result.slice(0, from) + insert + result.slice(to),
			text
		);
}

/**
 * Edits of a YAML source's text that leave everything else of it as it was.
 * @example
 * sourceEdits.apply(text, [...sourceEdits.set(text, map, 'zhOf', 'zh', '1a2b3c4d'), ...sourceEdits.remove(text, map, 'machine')])
 */
export const sourceEdits = { set, remove, apply };
