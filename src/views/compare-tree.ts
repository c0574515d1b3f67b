import type { Element, ElementContent, RootContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { languageKeys, languages, roleOf, type LanguageKey } from '../i18n/languages';
import { t } from '../i18n/ui';
import type { BlockKind } from '../schema/block';
import type { BlockModel, BlockModelOf } from '../model/blocks';
import type { SectionModel, SkillModel } from '../model/skill-model';
import { skillPath } from '../navigation/paths';
import { compareRows, rowIds, type RowId } from '../compare/rows';
import { aliasAnchors } from './anchors';
import { calloutAside } from './callout';
import { classes, pairCell, rawCells, type CellOptions } from './compare-cells';
import { pairLinks, type PairLinks } from './edit-links';
import type { SourceRepository } from '../links/source-links';
import type { ShownPair } from '../model/shown';
import { data, names } from './names';

/** What every row needs besides its block: the interface language and the rows' ids. */
interface RowContext {
	ui: LanguageKey;
	rowId: RowId;
	/** A translation's "Edit" and "Report" links, at the end of its cell (edit-links.ts). */
	links: PairLinks;
}

type Row<K extends BlockKind> = (block: BlockModelOf<K>, context: RowContext) => Promise<Element>;

/** Each side of a pair in its own cell, in the order of the languages. */
const cells = (pair: ShownPair, { ui, links }: RowContext, options: CellOptions) =>
	languageKeys.map((side) =>
		pairCell(pair, side, ui, {
			...options,
			tail: roleOf(side) === 'translation' ? links(pair) : [],
		})
	);

const blocks = (children: BlockModel[], context: RowContext) =>
	Promise.all(children.map((child) => blockRow(child, context)));

/**
 * The compare renderer of each kind of block (see the registry in schema/block.ts). Quotes and
 * list items hold blocks, which they draw through {@link blockRow} again.
 */
const rows: { [K in BlockKind]: Row<K> } = {
	paragraph: async ({ text }, context) =>
		h(`div.${names.row}`, { id: context.rowId(text) }, cells(text, context, { as: 'p' })),
	// A list of pairs: each item is a row, each side with its own marker (a task's box too); what
	// an item holds after its first paragraph (a nested list, code) follows in its row, across
	// both columns, as rows of its own.
	list: async ({ items, ordered, start, spread }, context) =>
		h(
			ordered ? 'ol' : 'ul',
			{
				start,
				style: start !== undefined ? `counter-reset: pair ${start - 1}` : undefined,
				className: classes(names.rows, spread && names.spread),
			},
			await Promise.all(
				items.map(async (item) =>
					h(
						'li',
						{
							id: context.rowId(item.text),
							className: classes(names.row, item.checked !== undefined && names.task),
							[data.checked]: item.checked === undefined ? undefined : String(item.checked),
						},
						[
							...cells(item.text, context, { as: 'div' }),
							...(item.body.length
								? [h(`div.${names.nested}`, await blocks(item.body, context))]
								: []),
						]
					)
				)
			)
		),
	code: async (block, { ui, links, rowId }) =>
		withId(await rawCells(block, block.syntax, block.meta, ui, links), rowId(block)),
	table: async ({ table }, context) =>
		h(`div.${names.row}`, { id: context.rowId(table) }, cells(table, context, { block: true })),
	quote: async ({ blocks: children }, context) =>
		h(`blockquote.${names.quote}`, await blocks(children, context)),
	// The aside across both columns, its title in the interface language, its blocks as rows.
	callout: async ({ blocks: children, type }, context) =>
		calloutAside(type, context.ui, await blocks(children, context)),
	rule: async () => h(`hr.${names.rule}`),
	// Shown as the text it is (as on the pages), never as markup.
	html: async (block, { ui, links, rowId }) =>
		withId(await rawCells(block, 'html', undefined, ui, links), rowId(block)),
};

/** A row with its passage's id. */
const withId = (row: Element, id: string | undefined) => {
	row.properties.id = id;
	return row;
};

function blockRow(block: BlockModel, context: RowContext): Promise<Element> {
	return (rows[block.kind] as Row<BlockKind>)(block, context);
}

/** A section's heading: each side links to the section on that language's page. */
function headingRow(
	section: SectionModel,
	name: string,
	{ ui, links }: RowContext,
	base: string
): Element {
	const anchors: ElementContent[] = section.aliases.length
		? [{ type: 'raw', value: aliasAnchors(section.aliases) } as unknown as ElementContent]
		: [];
	return h(`div.${names.headingRow}.level-h${section.depth}`, [
		h(`h${section.depth}.${names.row}.${names.heading}`, { id: section.id }, [
			...anchors,
			...languageKeys.map((side) =>
				pairCell(section.heading, side, ui, {
					as: 'a',
					href: `${skillPath(name, side, base)}#${section.id}`,
					title: t(ui)(`compare.openOn.${side}`),
				})
			),
		]),
		...links(section.heading),
	]);
}

/** The legend over the two columns: each language's name and role. */
const legend = (ui: LanguageKey) =>
	h(
		`div.${names.row}.${names.legend}`,
		languageKeys.map((side) =>
			h('p', { [data.side]: side, [data.role]: roleOf(side) }, [
				h('span', { lang: languages[side].lang }, languages[side].label),
				` · ${t(ui)(`compare.${roleOf(side)}`)}`,
			])
		)
	);

/**
 * The compare view's rows of a skill as HTML, with `ui` as the interface language: the legend,
 * then each heading followed by its body, every pair a row of cells, one per language; with a
 * `repository`, each translation links to its source line and to a new issue (edit-links.ts).
 * @example
 * await compareHtml(skillModel(skill), 'en', '/')
 * // => '<div class="compare"><div class="pair pair--legend">…</div><div class="pair-heading level-h2">…'
 */
export async function compareHtml(
	skill: SkillModel,
	ui: LanguageKey,
	base: string,
	repository?: SourceRepository
) {
	const context = { ui, rowId: rowIds(skill), links: pairLinks(skill, ui, repository) };
	const body: RootContent[] = await Promise.all(
		compareRows(skill).map((row) =>
			row.kind === 'heading'
				? headingRow(row.section, skill.name, context, base)
				: blockRow(row, context)
		)
	);
	// Raw: the alias anchors, made by aliasAnchors from escaped ids, and Shiki's coloured code.
	return toHtml(h(`div.${names.compare}`, [legend(ui), ...body]), { allowDangerousHtml: true });
}
