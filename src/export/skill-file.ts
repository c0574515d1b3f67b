import { stringify } from 'yaml';
import type { LanguageKey } from '../i18n/languages';
import { showRaw } from '../model/shown';
import type { BlockKind, BlockOf } from '../schema/block';
import type { Block, Pair, Section, Skill } from '../schema/skill';
import { writeSkillFile } from '../skill-md/write';

/** The Agent Skills limit on a description's length. */
export const descriptionLimit = 1024;

type Text = string | Pair;

/** A text in one language: what the pages show (model/shown.ts decides, for every view). */
const textIn = (text: Text, key: LanguageKey): string => showRaw(text)[key].text;

// A source's texts are Markdown as the SKILL.md wrote them (the importer cut them out of it with
// skill-md/write.ts's style), so the file is put together from them as they are, with the
// markers, indents and fences the blocks around them need: nothing is parsed or rewritten.

/** Each line after the first indented by `width` spaces, as a list item's content must be. */
const indent = (text: string, width: number) =>
	text.replace(/\n(?=[^\n])/g, `\n${' '.repeat(width)}`);

/** A fence longer than any run of backticks in the code, and at least three long. */
function fenced(code: string, info: string): string {
	const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map(([run]) => run.length));
	const fence = '`'.repeat(longest + 1);
	return code === '' ? `${fence}${info}\n${fence}` : `${fence}${info}\n${code}\n${fence}`;
}

/** List markers: a list right after another of its kind takes the other one, or they would merge. */
const markers = { bullet: ['-', '*'], ordered: ['.', ')'] } as const;

type Write<K extends BlockKind> = (block: BlockOf<K>, key: LanguageKey, other: boolean) => string;

/** The SKILL.md writer of each kind of block (see the registry in schema/block.ts). */
const writers: { [K in BlockKind]: Write<K> } = {
	paragraph: (item, key) => textIn(item.paragraph, key),
	table: (item, key) => textIn(item.table, key),
	code: (item, key) =>
		fenced(textIn(item.code, key), [item.lang, item.meta].filter(Boolean).join(' ')),
	quote: (item, key) =>
		blocks(item.quote, key)
			.split('\n')
			.map((line) => (line === '' ? '>' : `> ${line}`))
			.join('\n'),
	rule: () => '---',
	html: (item, key) => textIn(item.html, key),
	list: (item, key, other) => {
		const gap = item.spread ? '\n\n' : '\n';
		return item.list
			.map((entry, index) => {
				const marker = item.ordered
					? `${(item.start ?? 1) + index}${markers.ordered[other ? 1 : 0]}`
					: markers.bullet[other ? 1 : 0];
				const box = entry.checked === undefined ? '' : `[${entry.checked ? 'x' : ' '}] `;
				const content = [box + textIn(entry, key), blocks(entry.body ?? [], key, gap)]
					.filter((part) => part !== '')
					.join(gap);
				return content === '' ? marker : `${marker} ${indent(content, marker.length + 1)}`;
			})
			.join(gap);
	},
};

/** Blocks one after the other, a blank line apart (or `gap`, inside a tight list's item). */
function blocks(items: readonly Block[], key: LanguageKey, gap = '\n\n'): string {
	return items
		.map((item, index) => {
			const before = items[index - 1];
			// Two lists in a row of the same kind are told apart by their markers.
			const other =
				item.kind === 'list' &&
				before?.kind === 'list' &&
				Boolean(before.ordered) === Boolean(item.ordered);
			return (writers[item.kind] as Write<BlockKind>)(item as never, key, other);
		})
		.filter((text) => text !== '')
		.join(gap);
}

/** A heading: `## Text`, or underlined when its text runs over lines (a setext heading). */
function heading(text: string, level: number): string {
	if (!text.includes('\n')) return `${'#'.repeat(level)} ${text}`;
	return level <= 2 ? `${text}\n${level === 1 ? '===' : '---'}` : text.replace(/\n/g, ' ');
}

function section(part: Section, key: LanguageKey): string[] {
	return [
		heading(textIn(part.heading, key), part.level ?? part.depth),
		blocks(part.body, key),
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
	const body = [
		skill.titleHeading === false ? '' : heading(textIn(skill.title, key), 1),
		blocks(skill.body, key),
		...skill.sections.flatMap((part) => section(part, key)),
	]
		.filter((text) => text !== '')
		.join('\n\n');
	return writeSkillFile(skillFrontmatter(skill, key), body);
}
