import { isMap, isNode, isScalar, type Document, type LineCounter } from 'yaml';
import { languageKeys, type LanguageKey } from '../i18n/languages';

export type Path = readonly PropertyKey[];

/**
 * The line and column of the YAML node at `path`, or of its nearest ancestor when the node is
 * missing (a missing `zh:` points at its pair). With `key`, points at that key of a mapping.
 * @example
 * locate(doc, lineCounter, ['sections', 0, 'heading']) // => { line: 7, column: 5 }
 */
export function locate(
	doc: Document,
	lineCounter: LineCounter,
	path: Path,
	key?: string
): { line: number; column: number } {
	for (let depth = path.length; depth >= 0; depth--) {
		let node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
		if (depth === path.length && key !== undefined && isMap(node)) {
			node = node.items.find((item) => isScalar(item.key) && item.key.value === key)?.key ?? node;
		}
		if (isNode(node) && node.range) {
			const { line, col } = lineCounter.linePos(node.range[0]);
			return { line, column: col };
		}
	}
	return { line: 1, column: 1 };
}

const ordinal = (index: unknown) => Number(index) + 1;

/**
 * Names a place in a skill in words a translator recognizes: the trail of section headings, then
 * the block, item and language.
 * @example
 * describePath(raw, ['sections', 4, 'sections', 3, 'body', 0, 'list', 2, 'zh'])
 * // => 'section “Capabilities › Cloud-Specific MLOps Expertise”, list item 3, zh'
 */
export function describePath(raw: unknown, path: Path): string {
	const trail: string[] = [];
	const rest: string[] = [];
	let node: unknown = raw;
	for (let i = 0; i < path.length; i++) {
		const segment = path[i]!;
		const next = path[i + 1];
		const child = (node as Record<PropertyKey, unknown> | undefined)?.[segment];
		if (segment === 'sections' && typeof next === 'number') {
			const section = (child as unknown[] | undefined)?.[next] as
				{ heading?: Partial<Record<LanguageKey, unknown>> } | undefined;
			const name = languageKeys.map((key) => section?.heading?.[key]).find(Boolean);
			trail.push(typeof name === 'string' ? name : `#${ordinal(next)}`);
			node = section;
			i++;
			continue;
		}
		if (segment === 'body' && typeof next === 'number') rest.push(`block ${ordinal(next)}`);
		else if (segment === 'list' && typeof next === 'number')
			rest.push(`list item ${ordinal(next)}`);
		else if (segment === 'formerIds' && typeof next === 'number')
			rest.push(`former id ${ordinal(next)}`);
		else if (typeof segment === 'number') rest.push(`item ${ordinal(segment)}`);
		else rest.push(String(segment));
		if (typeof next === 'number' && typeof segment !== 'number') {
			node = (child as unknown[] | undefined)?.[next];
			i++;
		} else {
			node = child;
		}
	}
	const section = trail.length ? [`section “${trail.join(' › ')}”`] : [];
	return [...section, ...rest].join(', ') || 'the file';
}
