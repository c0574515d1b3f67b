import { isAlias, isNode, visit, type Document, type LineCounter } from 'yaml';
import type { Problem } from './problems';

/**
 * YAML that is not text: tags (`!include other.md`, `!!binary`) would be published as the plain
 * text after them, and the format has no use for them.
 * @example
 * featureProblems(parseDocument('en: !include intro.md'), lines) // => [{ line: 1, column: 5, where: 'YAML', message: 'has the tag `!include` …', hint }]
 */
export function featureProblems(doc: Document, lines: LineCounter): Problem[] {
	const problems: Problem[] = [];
	visit(doc, {
		Node(_, node) {
			if (!node.tag || !node.range) return;
			const { line, col } = lines.linePos(node.range[0]);
			const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
			problems.push({
				line,
				column: col,
				where: 'YAML',
				message: `has the tag \`${tag}\`; a source holds only text, lists and mappings`,
				hint: `Remove \`${tag}\`. A source cannot include other files or typed values: write the text itself here, in quotes if it looks like something else.`,
			});
		},
	});
	return problems;
}

/**
 * The document as plain data. Aliases (`*name`) that expand past YAML's limit (an “alias bomb”
 * that would take the build's memory) are a problem at the first alias, not a crash.
 * @example
 * toPlainData(parseDocument('a: 1'), lines) // => { raw: { a: 1 } }
 */
export function toPlainData(
	doc: Document,
	lines: LineCounter
): { raw: unknown; problem?: undefined } | { raw?: undefined; problem: Problem } {
	try {
		return { raw: doc.toJS({ maxAliasCount: 100 }) };
	} catch (error) {
		if (!(error instanceof ReferenceError)) throw error;
		let offset = 0;
		visit(doc, {
			Alias(_, node) {
				if (isAlias(node) && isNode(node) && node.range) offset = node.range[0];
				return visit.BREAK;
			},
		});
		const { line, col } = lines.linePos(offset);
		return {
			problem: {
				line,
				column: col,
				where: 'YAML',
				message: 'uses aliases (`*name`) that expand to more than YAML allows',
				hint: 'Write the repeated text out, or repeat it fewer times; aliases that repeat aliases grow very fast.',
			},
		};
	}
}
