import type { Root } from 'mdast';
import { Document, parseDocument } from 'yaml';
import { resolveReferences } from '../../src/import/references';
import { readSkillMarkdown } from '../../src/skill-md/read';

/** A tree without its nodes' places, which say where a text is, not what it is. */
const withoutPositions = (node: unknown): unknown => {
	if (Array.isArray(node)) return node.map(withoutPositions);
	if (node === null || typeof node !== 'object') return node;
	return Object.fromEntries(
		Object.entries(node)
			.filter(([key]) => key !== 'position')
			.map(([key, value]) => [key, withoutPositions(value)])
	);
};

/**
 * A SKILL.md as Markdown reads it: its front matter's fields with every value as written (YAML's
 * failsafe schema keeps `1.10` as `1.10`, where the core schema reads the number 1.1), and its
 * body's mdast tree without positions, reference links resolved (a source holds each text on its
 * own, so the importer writes them inline). Two files compare equal when they say the same thing
 * in the same structure, whatever their spacing, bullets or escapes.
 * @example
 * markdownTree('---\nname: x\n---\n\n* a\n') // => { frontmatter: { name: 'x' }, tree: { type: 'root', children: [list] } }
 */
export function markdownTree(text: string): { frontmatter: unknown; tree: unknown } {
	const { tree, frontmatterNode } = readSkillMarkdown(text, 'SKILL.md');
	const fields = frontmatterNode
		? parseDocument(new Document(frontmatterNode).toString(), { schema: 'failsafe' }).toJS()
		: {};
	return { frontmatter: fields, tree: withoutPositions(resolveReferences(tree as Root)) };
}
