import { Document, isSeq, Scalar, visit, type Node } from 'yaml';
import type { SourceSkill } from './source-shape';

/**
 * Writes a source as YAML that reads well by hand: texts plain where YAML allows, quoted only
 * where it must, multi-line texts (code, tables) as `|` blocks so that they look as they will be
 * shown, and no line folding, so that a text stays on its line.
 * @example
 * sourceYaml({ name: 'x', … }, 'Imported from x/SKILL.md') // => '# Imported from x/SKILL.md\nname: x\n…'
 */
export function sourceYaml(source: SourceSkill, comment: string): string {
	const doc = new Document(source);
	visit(doc, {
		Scalar(_key, node) {
			if (typeof node.value === 'string' && node.value.includes('\n'))
				node.type = Scalar.BLOCK_LITERAL;
		},
	});
	// A blank line before each top-level section, as in hand-written sources.
	const sections = doc.get('sections');
	if (isSeq(sections))
		for (const item of sections.items.slice(1)) (item as Node).spaceBefore = true;
	doc.commentBefore = comment
		.split('\n')
		.map((line) => ` ${line}`)
		.join('\n');
	return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
