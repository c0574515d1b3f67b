import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { readSkillMarkdown } from '../../src/skill-md/read';

/**
 * A SKILL.md as a reader sees it: its front matter as YAML values, and its body rendered to HTML
 * (CommonMark + GFM, raw HTML kept), so that two files compare equal when they differ only in
 * Markdown formatting that does not change the result.
 * @example
 * rendered('---\nname: x\n---\n\n* a\n').html === rendered('---\nname: x\n---\n- a\n').html // => true
 */
export function rendered(text: string): { frontmatter: Record<string, unknown>; html: string } {
	const { frontmatter, tree } = readSkillMarkdown(text, 'SKILL.md');
	return { frontmatter, html: htmlOf(tree) };
}

function htmlOf(tree: Root): string {
	return toHtml(toHast(tree, { allowDangerousHtml: true }), { allowDangerousHtml: true });
}
