import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { maxYamlDepth } from './limits';
import type { Problem } from './problems';

const at = (lines: LineCounter, offset: number) => {
	const { line, col } = lines.linePos(offset);
	return { line, column: col, where: 'YAML' };
};

const deepProblem = (lines: LineCounter, offset: number): Problem => ({
	...at(lines, offset),
	message: `nests lists and mappings more than ${maxYamlDepth} deep`,
	hint: 'Nest fewer sections, lists and quotes inside each other: real skills need about 15 levels.',
});

/**
 * Where a source nests lists and mappings deeper than the site reads, if it does. YAML itself
 * gives up when it runs out of stack (a “resource exhaustion” error); below that, every check
 * that walks the source recurses once per level, so the limit is far lower. Walked without
 * recursion, since the document may be thousands of levels deep.
 * @example
 * depthProblem(parseDocument('a: ' + '['.repeat(100) + ']'.repeat(100), { lineCounter }), lineCounter)
 * // => { line: 1, column: 68, where: 'YAML', message: 'nests lists and mappings more than 64 deep', hint }
 */
export function depthProblem(doc: Document, lines: LineCounter): Problem | undefined {
	// YAML keeps what it composed before it ran out of stack: the node past the limit is there.
	const stack: [unknown, number][] = [[doc.contents, 1]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (!isMap(node) && !isSeq(node)) continue;
		if (depth > maxYamlDepth) return deepProblem(lines, node.range?.[0] ?? 0);
		// One push per child: a list may have 100,000 items, too many to spread as arguments.
		for (const item of node.items as unknown[]) {
			if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
			else stack.push([item, depth + 1]);
		}
	}
	const exhausted = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
	return exhausted && deepProblem(lines, exhausted.pos[0]);
}

/**
 * Every key that repeats one before it in the same mapping, as YAML's own check reports it. YAML
 * compares each key with every other one of its mapping: 43,000 keys took 15 s. This is linear.
 * @example
 * duplicateKeyProblems(parseDocument('a: 1\na: 2', { lineCounter, uniqueKeys: false }), lineCounter)
 * // => [{ line: 2, column: 1, where: 'YAML', message: 'repeats a key of the same mapping', hint }]
 */
export function duplicateKeyProblems(doc: Document, lines: LineCounter): Problem[] {
	const problems: Problem[] = [];
	const stack: unknown[] = [doc.contents];
	while (stack.length > 0) {
		const node = stack.pop();
		if (isSeq(node)) for (const item of node.items) stack.push(item);
		if (!isMap(node)) continue;
		const seen = new Set<unknown>();
		for (const { key, value } of node.items) {
			const name = isScalar(key) ? key.value : key;
			if (seen.has(name) && (key as Node | null)?.range)
				problems.push({
					...at(lines, (key as Node).range![0]),
					message: 'repeats a key of the same mapping',
					hint: 'Each key appears once per mapping: remove one, or check the indentation.',
				});
			seen.add(name);
			stack.push(value);
		}
	}
	return problems.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
}
