import type { Nodes, PhrasingContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';

/**
 * How SKILL.md files and the texts cut out of them are written: GFM, `-` bullets, fenced code,
 * one space after list markers (the style of the sources' own Markdown and of README.md).
 */
const options: Options = {
	extensions: [gfmToMarkdown()],
	bullet: '-',
	listItemIndent: 'one',
	fences: true,
	rule: '-',
};

/**
 * Writes an mdast tree as Markdown, without the final newline a file would end with.
 * @example
 * writeMarkdown({ type: 'root', children: [{ type: 'thematicBreak' }] }) // => '---'
 */
export function writeMarkdown(tree: Nodes): string {
	return toMarkdown(tree, options).replace(/\n$/, '');
}

/**
 * Writes inline content (a paragraph's or a heading's children) as one Markdown text.
 * @example
 * writeInline([{ type: 'inlineCode', value: 'npm test' }]) // => '`npm test`'
 */
export function writeInline(children: PhrasingContent[]): string {
	return writeMarkdown({ type: 'paragraph', children });
}

/**
 * Writes a whole file: the given front matter text between `---` lines, then the Markdown body.
 * @example
 * writeSkillFile('name: x', '') // => '---\nname: x\n---\n'
 */
export function writeSkillFile(frontmatter: string, markdown: string): string {
	return `---\n${frontmatter.replace(/\n$/, '')}\n---\n${markdown ? `\n${markdown}\n` : ''}`;
}
