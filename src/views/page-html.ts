import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { LanguageKey } from '../i18n/languages';
import type { SkillModel } from '../model/skill-model';
import { anchorHeading, type AnchorLabel } from './heading-anchor';
import { colourCode } from './page-code';
import { pageLabels, pageTree } from './page-tree';
import { textHtml } from './text-html';

// A skill page is drawn from the skill's model when it is served, not rendered ahead by the
// content loader: Astro keeps a loader's HTML in its content store, which a build bundles and
// holds while it draws every page, and which `astro dev` writes whole and reads again after each
// edit. Drawn here, the store holds only the sources, and the page takes each text's HTML from
// text-html.ts, made once for all of a skill's views (its inline code marked as Starlight marks it).

/** A section's heading (pageTree gives sections `<h2>` to `<h6>`, each with its id). */
const sectionHeading = /^h[2-6]$/;

/**
 * Marks a page's tree as Starlight's Markdown pipeline would: each section heading with its
 * anchor link. (Its other mark, `dir="auto"` on inline code, is in each text's HTML: text-html.ts;
 * blocks of code are left to right: highlight.ts.)
 */
function asStarlight(tree: HastRoot, titles: string[], label: AnchorLabel) {
	// The headings are the sections', in order; their text is HTML, so the titles come with them.
	let section = 0;
	tree.children = tree.children.map((node) =>
		node.type === 'element' && sectionHeading.test(node.tagName)
			? anchorHeading(node, label(titles[section++]!))
			: node
	);
}

/**
 * The body of a skill's page in language `key`, as HTML: the shared section ids on its
 * headings, each block of code coloured, other-language stand-ins marked and tagged with their
 * `lang`. `label` names a heading's anchor link (Starlight's `heading.anchorLabel`).
 * @example
 * await pageHtml(skill, 'zh', (title) => Astro.locals.t('heading.anchorLabel', { title }))
 * // => '<p>…</p>\n<div class="sl-heading-wrapper level-h2"><h2 id="capabilities">能力范围</h2>…'
 */
export async function pageHtml(
	skill: SkillModel,
	key: LanguageKey,
	label: AnchorLabel
): Promise<string> {
	const page = pageTree(skill, key, { ...pageLabels(key), textHtml });
	await colourCode(page);
	const tree = toHast(page, { allowDangerousHtml: true }) as HastRoot;
	const titles = skill.allSections.map((section) => section.heading[key].plain);
	asStarlight(tree, titles, label);
	// Trees come from `parseText`, inert; the raw nodes are ours (marks, `lang` wrappers, code).
	return toHtml(tree, { allowDangerousHtml: true });
}
