import type { Heading, Root, RootContent } from 'mdast';
import type { SkillMarkdown } from '../skill-md/read';
import { writtenText } from '../skill-md/written';
import { blocksOf, type LangBlock } from './blocks';
import { resolveReferences } from './references';

/** A heading and what follows it up to the next heading of its level or above. */
export interface LangSection {
	heading: string;
	/** The level written in the file (`#` = 1). */
	level: number;
	line: number;
	body: LangBlock[];
	sections: LangSection[];
}

/** One language's SKILL.md as the format sees it, before it is paired with the other. */
export interface LangDocument {
	file: string;
	frontmatter: Record<string, unknown>;
	/** The `# Title` line that opens the body, if there is one. */
	title?: { text: string; line: number };
	/** Blocks before the first section. */
	body: LangBlock[];
	sections: LangSection[];
}

const lineOf = (node: RootContent) => node.position?.start.line ?? 0;

/**
 * Cuts a SKILL.md into title, body and nested sections. A `#` heading that opens the file is the
 * title (in a translation, also one after some blocks, such as an added disclaimer: those blocks
 * then open the body, where alignment reports them); every other heading starts a section nested under the last one of a lower level, and a
 * `#` heading in the body nests like `##` (pages draw it as one).
 * @example
 * langDocument(readSkillMarkdown('# T\n\nHi\n\n## A\n\n### B', 'SKILL.md')).sections[0].sections[0].heading // => 'B'
 */
export function langDocument(
	{ file, frontmatter, tree, source }: SkillMarkdown,
	{ translation = false } = {}
): LangDocument {
	const root: Root = resolveReferences(tree);
	const nodes = [...root.children];
	const document: LangDocument = { file, frontmatter, body: [], sections: [] };
	const firstHeading = nodes.findIndex((node) => node.type === 'heading');
	const title = nodes[firstHeading];
	if (title?.type === 'heading' && title.depth === 1 && (firstHeading === 0 || translation)) {
		document.title = { text: writtenText(title, source), line: lineOf(title) };
		nodes.splice(firstHeading, 1);
	}
	const open: LangSection[] = [];
	let pending: RootContent[] = [];
	const flush = () => {
		const blocks = blocksOf(pending, { source });
		(open.at(-1)?.body ?? document.body).push(...blocks);
		pending = [];
	};
	for (const node of nodes) {
		if (node.type !== 'heading') {
			pending.push(node);
			continue;
		}
		flush();
		const section = sectionOf(node, source);
		const nesting = Math.max(section.level, 2);
		while (open.length > 0 && Math.max(open.at(-1)!.level, 2) >= nesting) open.pop();
		(open.at(-1)?.sections ?? document.sections).push(section);
		open.push(section);
	}
	flush();
	return document;
}

function sectionOf(node: Heading, source: string): LangSection {
	return {
		heading: writtenText(node, source),
		level: node.depth,
		line: lineOf(node),
		body: [],
		sections: [],
	};
}
