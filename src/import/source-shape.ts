import type { YAMLMap } from 'yaml';
import type { LanguageKey } from '../i18n/languages';
import { blockKinds, type BlockKind, type CalloutType } from '../schema/block';

/**
 * The source format (README.md, "Source format") as plain data, the way the importer writes it:
 * what `parseSkill` reads back and checks.
 */

/** A text per language, or one language and `untranslated:` naming the missing one. */
export type SourcePair = { [K in LanguageKey]?: string } & { untranslated?: LanguageKey };

/** A list item: its first paragraph as a pair, and what else the item holds. */
export type SourceItem = SourcePair & { checked?: boolean; spread?: true; body?: SourceBlock[] };

/** What each kind of block writes: one entry per kind of the registry (schema/block.ts). */
interface SourceShapes {
	paragraph: { paragraph: SourcePair };
	list: { list: SourceItem[]; ordered?: true; start?: number; spread?: true };
	code: { code: string | SourcePair; lang?: string; meta?: string };
	table: { table: SourcePair };
	quote: { quote: SourceBlock[] };
	callout: { callout: SourceBlock[]; type?: CalloutType };
	rule: { rule: true };
	html: { html: string | SourcePair };
}

/** A block: one key names its kind. */
export type SourceBlock = { [K in BlockKind]: SourceShapes[K] }[BlockKind];

/** A block of one kind, as written. */
export type SourceBlockOf<K extends BlockKind> = SourceShapes[K];

/**
 * The kind of a block as written: the one key of the registry it has.
 * @example
 * sourceKind({ code: 'npm test', lang: 'bash' }) // => 'code'
 */
export const sourceKind = (block: SourceBlock): BlockKind =>
	blockKinds.find((kind) => kind in block)!;

export interface SourceSection {
	heading: SourcePair;
	id?: string;
	formerIds?: string[];
	level?: number;
	body?: SourceBlock[];
	sections?: SourceSection[];
}

export interface SourceSkill {
	name: string;
	title: SourcePair;
	titleHeading?: false;
	description: SourcePair;
	/** The SKILL.md's other front matter fields, as its YAML nodes (values as written). */
	frontmatter?: YAMLMap;
	category?: unknown;
	body?: SourceBlock[];
	sections: SourceSection[];
}
