import type { BlockContent, Heading, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { stringify } from 'yaml';
import type { LanguageKey } from '../i18n/languages';
import { showRaw } from '../model/shown';
import { parseGfm } from '../markdown/parse';
import { writeSkillFile } from '../skill-md/write';
import type { BlockKind, BlockOf } from '../schema/block';
import type { Block, Pair, Section, Skill } from '../schema/skill';

/** The Agent Skills limit on a description's length. */
export const descriptionLimit = 1024;

type Text = string | Pair;

/** A text in one language: what the pages show (model/shown.ts decides, for every view). */
const textIn = (text: Text, key: LanguageKey): string => showRaw(text)[key].text;

// Parsed as written, not made inert: a SKILL.md is data to carry over, and raw HTML in it stays
// raw HTML. Sätteri, as for the site's texts (markdown/parse.ts), for speed.
const blocksOf = (markdown: string) => parseGfm(markdown).children as BlockContent[];

function inline(markdown: string): PhrasingContent[] {
	const [first] = parseGfm(markdown).children;
	return first?.type === 'paragraph' ? first.children : [{ type: 'text', value: markdown }];
}

type Write<K extends BlockKind> = (block: BlockOf<K>, key: LanguageKey) => BlockContent[];

/** The SKILL.md writer of each kind of block (see the registry in schema/block.ts). */
const writers: { [K in BlockKind]: Write<K> } = {
	paragraph: (item, key) => blocksOf(textIn(item.paragraph, key)),
	table: (item, key) => blocksOf(textIn(item.table, key)),
	code: (item, key) => [
		{
			type: 'code',
			value: textIn(item.code, key),
			lang: item.lang ?? null,
			meta: item.meta ?? null,
		},
	],
	quote: (item, key) => [
		{ type: 'blockquote', children: item.quote.flatMap((inner) => block(inner, key)) },
	],
	rule: () => [{ type: 'thematicBreak' }],
	html: (item, key) => [{ type: 'html', value: textIn(item.html, key) }],
	list: (item, key) => {
		const spread = Boolean(item.spread);
		const items = item.list.map((entry): ListItem => {
			const text = textIn(entry, key);
			return {
				type: 'listItem',
				spread,
				checked: entry.checked ?? null,
				children: [
					...(text === '' ? [] : blocksOf(text)),
					...(entry.body ?? []).flatMap((inner) => block(inner, key)),
				],
			};
		});
		return [
			{
				type: 'list',
				ordered: Boolean(item.ordered),
				start: item.start ?? null,
				spread,
				children: items,
			},
		];
	},
};

function block(item: Block, key: LanguageKey): BlockContent[] {
	return (writers[item.kind] as Write<BlockKind>)(item as never, key);
}

function section(part: Section, key: LanguageKey): RootContent[] {
	const heading: Heading = {
		type: 'heading',
		depth: (part.level ?? part.depth) as Heading['depth'],
		children: inline(textIn(part.heading, key)),
	};
	return [
		heading,
		...part.body.flatMap((item) => block(item, key)),
		...part.sections.flatMap((inner) => section(inner, key)),
	];
}

/**
 * The front matter of a skill's SKILL.md in one language: `name`, the description in that
 * language (cut to the Agent Skills limit of 1024 characters if longer), then every other field of
 * the original as it was written.
 * @example
 * skillFrontmatter(skill, 'zh') // => 'name: crewai\ndescription: CrewAI 专家 …\nsource: …\n'
 */
export function skillFrontmatter(skill: Skill, key: LanguageKey): string {
	const description = textIn(skill.description, key);
	const fields = {
		name: skill.name,
		description:
			description.length > descriptionLimit
				? `${description.slice(0, descriptionLimit - 1)}…`
				: description,
		...skill.frontmatter,
	};
	return stringify(fields, { lineWidth: 0 });
}

/**
 * A skill as a SKILL.md file in one language, the way Agent Skills load it: front matter, the
 * `# Title` line (unless the original had none), the text before the first section, then the
 * sections with their headings at the level the original gave them. Untranslated texts appear
 * in the other language, as the pages show them.
 * @example
 * skillFile(skill, 'en') // => '---\nname: crewai\ndescription: …\n---\n\n# CrewAI\n\n…'
 */
export function skillFile(skill: Skill, key: LanguageKey): string {
	const title: RootContent[] =
		skill.titleHeading === false
			? []
			: [{ type: 'heading', depth: 1, children: inline(textIn(skill.title, key)) }];
	const body: Root = {
		type: 'root',
		children: [
			...title,
			...skill.body.flatMap((item) => block(item, key)),
			...skill.sections.flatMap((part) => section(part, key)),
		],
	};
	return writeSkillFile(skillFrontmatter(skill, key), body);
}
