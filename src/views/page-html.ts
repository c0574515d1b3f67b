import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { roleOf, type LanguageKey } from '../i18n/languages';
import type { SourceRepository } from '../links/source-links';
import { pairLinks } from './edit-links';
import type { SectionModel, SkillModel } from '../model/skill-model';
import { aliasAnchors } from './anchors';
import { lines, raw } from './hast';
import { anchorHeading, type AnchorLabel } from './heading-anchor';
import { reviewedCodeId, sectionNote } from './marks';
import { pageBlock } from './page-blocks';
import { passageProperties } from './passages';
import { phrasing, type PageMarks } from './page-text';

// A skill page is drawn from the skill's model when it is served, not rendered ahead by the
// content loader: Astro keeps a loader's HTML in its content store, which a build bundles and
// holds while it draws every page, and which `astro dev` writes whole and reads again after each
// edit. Drawn here, the store holds only the sources.

/** A section's heading, with its shared id and its aliases' anchors, as Starlight draws one. */
function heading(section: SectionModel, page: PageMarks, label: AnchorLabel) {
	const anchors = aliasAnchors(section.aliases);
	const text = [...(anchors ? [raw(anchors)] : []), ...phrasing(section.heading[page.key], page)];
	const title = section.heading[page.key].plain;
	const wrapper = anchorHeading(h(`h${section.depth}`, { id: section.id }, text), label(title));
	wrapper.children.push(...page.links(section.heading));
	return wrapper;
}

/**
 * The body of a skill's page in language `key`, as HTML: every heading with the section's id,
 * shared by every language (so that links and language switches land alike), and Starlight's
 * anchor link, named by `label` (Starlight's `heading.anchorLabel`); each block of code coloured;
 * other-language stand-ins marked and tagged with their `lang`; with a `repository`, each text of
 * a translation's page links to its source line and to a new issue about it (edit-links.ts).
 * @example
 * await pageHtml(skill, 'zh', (title) => Astro.locals.t('heading.anchorLabel', { title }))
 * // => '<p>…</p>\n<div class="sl-heading-wrapper level-h2"><h2 id="capabilities">能力范围</h2>…'
 */
export async function pageHtml(
	skill: SkillModel,
	key: LanguageKey,
	label: AnchorLabel,
	repository?: SourceRepository
): Promise<string> {
	let codes = 0;
	const page: PageMarks = {
		key,
		anchorOf: (shown) => skill.anchors.get(shown)!,
		codeId: () => reviewedCodeId(++codes),
		passage: (of) => passageProperties(of, skill),
		// A translation's page links each of its texts to its source (on the original's, none).
		links: pairLinks(skill, key, roleOf(key) === 'translation' ? repository : undefined),
	};
	const blocks = (body: SkillModel['body']) => body.map((block) => pageBlock(block, page));
	const parts: Promise<ElementContent[]>[] = [
		...blocks(skill.body),
		...skill.allSections.flatMap((section) => [
			Promise.resolve([heading(section, page, label), ...sectionNote(section, key)]),
			...blocks(section.body),
		]),
	];
	const tree = h(null, lines((await Promise.all(parts)).flat()));
	// Texts come from `parseText`, inert; the raw nodes are ours (their HTML, and Shiki's code).
	return toHtml(tree, { allowDangerousHtml: true });
}
