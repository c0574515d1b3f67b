import type { PerLanguage } from '../i18n/languages';
import { sectionHeadings, type HeadingEntry } from './page-facts';
import type { Section, Skill } from '../schema/skill';
import { sectionAliases } from './aliases';
import { blockModel, type BlockModel, type RawModel } from './blocks';
import { skillLinks, type LinkContext } from './skill-links';
import { contextKey } from './context-key';
import {
	showHeading,
	showPair,
	showRaw,
	type ShownPair,
	type ShownRaw,
	type ShownText,
} from './shown';
import { anchorsAt, anchorsOf, pairPlaces, type PairPlace } from './pair-places';
import { rawAnchors } from './raw-anchors';
import type { SourceAt } from '../schema/pair';
import { fieldsAsWritten, otherFrontmatter } from './frontmatter';
import { checkPairs } from '../checks/skill-checks';
import { checkedTexts } from './checked-texts';
import { codePlaces } from './code-places';

/** A section ready to draw. */
export interface SectionModel {
	/** Same in every language: the explicit `id`, or the slug of the English heading. */
	id: string;
	/** Other ids that land on it: former ids, and the slugs Starlight would give its headings. */
	aliases: string[];
	/** The level the pages draw the heading at: its depth in the outline, 2 (`##`) to 6, so that
	 * levels never skip on a page (and a `#` in the body does not compete with the title). */
	depth: number;
	/** The heading's level in the SKILL.md, for the export. */
	level: number;
	heading: ShownPair;
	body: BlockModel[];
	sections: SectionModel[];
}

/** What every view of a skill draws: its pages, the compare view, the sidebar, "On this page". */
export interface SkillModel {
	name: string;
	/** Its source file, from the project root, where the library knows it. */
	file: string | undefined;
	title: PerLanguage<ShownRaw>;
	description: PerLanguage<ShownRaw>;
	/** Whether the SKILL.md has a `# Title` line. */
	titleHeading: boolean;
	/** The SKILL.md's other front matter fields, each value as written (`1.10`, a string each). */
	frontmatter: Record<string, unknown>;
	/** Those fields as the YAML the SKILL.md writes (model/frontmatter.ts). */
	frontmatterYaml: string;
	/** The catalog's group for the skill, if its source names one. */
	category: PerLanguage<ShownRaw> | undefined;
	/** Blocks before the first section. */
	body: BlockModel[];
	/** The top-level sections, each with its subsections. */
	sections: SectionModel[];
	/** Every section, depth first: a heading, then its body, then its subsections, in page order. */
	allSections: SectionModel[];
	/** Every section's heading as each language shows it. */
	headings: PerLanguage<HeadingEntry[]>;
	/** Every pair, headings included, in reading order, with its section and anchor. */
	pairs: PairPlace<SectionModel>[];
	/** The title's and the description's pairs, which say what the skill is (anchors `_title`,
	 * `_description`): translations to keep current and check like the others. */
	about: PairPlace<SectionModel>[];
	/** The pairs of code (blocks whose translation changed their comments), as texts, with their
	 * sections (model/code-places.ts). */
	codes: PairPlace<SectionModel>[];
	/** The anchor of each passage (its id on the pages, its row's in the compare view): of each
	 * pair, by the pair or any of its texts, and of each block of code or HTML (raw-anchors.ts). */
	anchors: Map<ShownPair | ShownText | RawModel, string>;
	/** The same anchors, and the title's and description's, by where each original is written. */
	anchorsAt: Map<SourceAt, string>;
}

// One model per skill and context (a build has one context; tests may ask for others).
const models = new WeakMap<Skill, Map<string, SkillModel>>();

/**
 * Turns a checked skill into what every view draws; made once per skill and reused. Every text's
 * links and images are resolved here, once, for every view (model/skill-links.ts): `context`
 * says the site's `base`, which skills it publishes, and the skill's source `file`.
 * @example
 * skillModel(skill).allSections.map((s) => s.id) // => ['use-this-skill-when', …, 'aws-mlops-stack', …]
 * skillModel(skill).headings.zh[4] // => { depth: 2, slug: 'capabilities', text: '能力范围' }
 */
export function skillModel(
	skill: Skill,
	context: LinkContext & { file?: string } = {}
): SkillModel {
	const key = contextKey(context);
	const known = models.get(skill) ?? new Map<string, SkillModel>();
	models.set(skill, known);
	const made = known.get(key);
	if (made) return made;
	const read = skillLinks(skill, context);
	// Every pair is checked once, against its original and its neighbours (checks/skill-checks.ts).
	const findings =
		context.checks === false ? new Map<object, []>() : checkPairs(checkedTexts(skill));
	const found = (pair: object) => findings.get(pair) ?? [];
	const reading = { read, found };
	const flat: { section: Section; model: SectionModel }[] = [];
	const build = (section: Section): SectionModel => {
		const model: SectionModel = {
			id: section.id,
			aliases: [],
			depth: section.depth,
			level: section.level,
			heading: showHeading(section.heading, () => found(section.heading)),
			body: section.body.map((block) => blockModel(block, reading)),
			sections: [],
		};
		flat.push({ section, model });
		model.sections = section.sections.map(build);
		return model;
	};
	const sections = skill.sections.map(build);
	const allSections = flat.map(({ model }) => model);
	const aliases = sectionAliases(
		flat.map(({ section, model }) => ({ ...model, formerIds: section.formerIds }))
	);
	for (const section of allSections) section.aliases = aliases.get(section.id) ?? [];
	const body = skill.body.map((block) => blockModel(block, reading));
	const pairs = pairPlaces(body, allSections);
	const pairAnchors = anchorsOf(pairs);
	const raws = rawAnchors(body, allSections, new Set(pairAnchors.values()));
	const about: PairPlace<SectionModel>[] = [
		{
			pair: showHeading(skill.title, () => found(skill.title)),
			section: undefined,
			anchor: '_title',
		},
		{
			pair: showPair(skill.description, undefined, () => found(skill.description)),
			section: undefined,
			anchor: '_description',
		},
	];
	const frontmatterYaml = otherFrontmatter(skill);
	const model: SkillModel = {
		name: skill.name,
		file: context.file,
		title: showRaw(skill.title, () => found(skill.title)),
		description: showRaw(skill.description, () => found(skill.description)),
		titleHeading: skill.titleHeading ?? true,
		frontmatter: fieldsAsWritten(frontmatterYaml),
		frontmatterYaml,
		category: skill.category && showRaw(skill.category),
		body,
		sections,
		allSections,
		headings: sectionHeadings(allSections),
		pairs,
		about,
		codes: codePlaces(body, allSections),
		anchors: new Map<ShownPair | ShownText | RawModel, string>([...pairAnchors, ...raws]),
		anchorsAt: anchorsAt([...about, ...pairs], raws),
	};
	known.set(key, model);
	return model;
}
