import type { BlockContent, Heading, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { stringify } from 'yaml';
import type { LanguageKey } from '../i18n/languages';
import { showRaw } from '../model/shown';
import { parseMarkdown } from '../skill-md/parse';
import { writeSkillFile } from '../skill-md/write';
import type { Block, Pair, Section, Skill } from '../schema/skill';

/** The Agent Skills limit on a description's length. */
export const descriptionLimit = 1024;

type Text = string | Pair;

/** A text in one language: what the pages show (model/shown.ts decides, for every view). */
const textIn = (text: Text, key: LanguageKey): string => showRaw(text)[key].text;

const blocksOf = (markdown: string) => parseMarkdown(markdown).children as BlockContent[];

function inline(markdown: string): PhrasingContent[] {
	const [first] = parseMarkdown(markdown).children;
	return first?.type === 'paragraph' ? first.children : [{ type: 'text', value: markdown }];
}

function block(item: Block, key: LanguageKey): BlockContent[] {
	switch (item.kind) {
		case 'paragraph':
			return blocksOf(textIn(item.paragraph, key));
		case 'table':
			return blocksOf(textIn(item.table, key));
		case 'code':
			return [
				{
					type: 'code',
					value: textIn(item.code, key),
					lang: item.lang ?? null,
					meta: item.meta ?? null,
				},
			];
		case 'quote':
			return [{ type: 'blockquote', children: item.quote.flatMap((inner) => block(inner, key)) }];
		case 'rule':
			return [{ type: 'thematicBreak' }];
		case 'html':
			return [{ type: 'html', value: textIn(item.html, key) }];
		case 'list': {
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
		}
	}
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
