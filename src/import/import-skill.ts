import type { YAMLMap } from 'yaml';
import type { SkillMarkdown } from '../skill-md/read';
import { langDocument } from './document';
import { Pairing, type Located } from './align/pairing';
import type { Tally } from './align/tally';
import { pairBlocks } from './pair-blocks';
import { pairSections } from './pair-sections';
import { mirrors } from './align/mirror';
import { previousTranslations } from './previous';
import { givenSkillName, validSkillName } from './skill-name';
import type { SourceSkill } from './source-shape';

export interface ImportInput {
	/** The original SKILL.md. */
	original: SkillMarkdown;
	/** Its translation, if there is one. */
	translation?: SkillMarkdown;
	/** The skill's current source (parsed YAML), whose translations and section ids a re-import
	 * keeps. */
	previous?: unknown;
	/** The name to use when the front matter has none, such as the folder's. */
	fallbackName?: string;
}

export interface ImportResult {
	source: SourceSkill;
	tally: Tally;
	/** How many texts kept the translation of the previous source. */
	kept: number;
	/** The front matter's name, when it was not a valid skill name. */
	renamedFrom?: string;
}

const text = (value: unknown) =>
	value === undefined || value === null ? undefined : String(value);

/**
 * Turns a SKILL.md, and its translation if given, into a bilingual source: the original's every
 * text, each paired with its translation where one is found and marked untranslated where not.
 * @example
 * importSkill({ original: readSkillMarkdown(english, 'crewai/SKILL.md') }).source.name // => 'crewai'
 */
export function importSkill(input: ImportInput): ImportResult {
	const source = langDocument(input.original);
	const target = input.translation && langDocument(input.translation, { translation: true });
	const pairing = new Pairing(
		{ original: source.file, translation: target?.file },
		previousTranslations(input.previous)
	);
	const frontmatter = otherFields(input.original);
	const givenName = givenSkillName(source.frontmatter, input.fallbackName);
	const name = validSkillName(givenName);

	// Without a `# Title` line the name is the title, and a translation's title line pairs with it.
	const title = pairing.pair(
		'title',
		source.title ?? { text: givenName, line: input.original.fieldLines['name'] ?? 1 },
		target?.title
	);
	const description = pairing.pair(
		'description',
		field(input.original, 'description') ?? { text: '', line: 1 },
		input.translation && field(input.translation, 'description')
	);
	pairing.mirrored = target !== undefined && mirrors(source, target);
	const body = pairBlocks(source.body, target?.body ?? [], pairing);
	const sections = pairSections(source.sections, target?.sections ?? [], pairing, input.previous);
	const previous = input.previous as { category?: unknown } | undefined;
	return {
		source: {
			name,
			title,
			...(source.title ? {} : { titleHeading: false as const }),
			description,
			...(frontmatter ? { frontmatter } : {}),
			...(previous?.category === undefined ? {} : { category: previous.category }),
			...(body.length > 0 ? { body } : {}),
			sections,
		},
		tally: pairing.tally,
		kept: pairing.kept,
		...(givenName === name ? {} : { renamedFrom: givenName }),
	};
}

/** The front matter's fields but name and description, which have keys of their own, as YAML
 * nodes: each value stays as written (`version: 1.10`, quotes, comments). */
function otherFields({ frontmatterNode }: SkillMarkdown): YAMLMap | undefined {
	const fields = frontmatterNode?.clone() as YAMLMap | undefined;
	fields?.delete('name');
	fields?.delete('description');
	return fields && fields.items.length > 0 ? fields : undefined;
}

function field(markdown: SkillMarkdown, key: string): Located | undefined {
	const value = text(markdown.frontmatter[key]);
	return value === undefined ? undefined : { text: value, line: markdown.fieldLines[key] ?? 1 };
}
