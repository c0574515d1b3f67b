import { perLanguage, type PerLanguage } from '../i18n/languages';
import type { Section, Skill } from '../schema/skill';
import { sectionAliases } from './aliases';
import { blockModel, type BlockModel } from './blocks';
import { showPair, type ShownPair } from './shown';

/** A section ready to draw. */
export interface SectionModel {
	/** Same in every language: the explicit `id`, or the slug of the English heading. */
	id: string;
	/** Other ids that land on it: former ids, and the slugs Starlight would give its headings. */
	aliases: string[];
	/** Heading level: 2 for `##` down to 6. */
	depth: number;
	heading: ShownPair;
	body: BlockModel[];
	sections: SectionModel[];
}

/** A heading as "On this page" and the sidebar list it. */
export interface HeadingEntry {
	depth: number;
	slug: string;
	text: string;
}

/** What every view of a skill draws: its pages, the compare view, the sidebar, "On this page". */
export interface SkillModel {
	name: string;
	title: PerLanguage<string>;
	description: PerLanguage<string>;
	/** The catalog's group for the skill, if its source names one. */
	category: PerLanguage<string> | undefined;
	/** Blocks before the first section. */
	body: BlockModel[];
	/** The top-level sections, each with its subsections. */
	sections: SectionModel[];
	/** Every section, depth first: a heading, then its body, then its subsections, in page order. */
	allSections: SectionModel[];
	/** Every section's heading as each language shows it. */
	headings: PerLanguage<HeadingEntry[]>;
}

const models = new WeakMap<Skill, SkillModel>();

/**
 * Turns a checked skill into what every view draws; made once per skill and reused.
 * @example
 * skillModel(skill).allSections.map((s) => s.id) // => ['use-this-skill-when', …, 'aws-mlops-stack', …]
 * skillModel(skill).headings.zh[4] // => { depth: 2, slug: 'capabilities', text: '能力范围' }
 */
export function skillModel(skill: Skill): SkillModel {
	const known = models.get(skill);
	if (known) return known;
	const flat: { section: Section; model: SectionModel }[] = [];
	const build = (section: Section): SectionModel => {
		const model: SectionModel = {
			id: section.id,
			aliases: [],
			depth: section.depth,
			heading: showPair(section.heading),
			body: section.body.map(blockModel),
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
	const model: SkillModel = {
		name: skill.name,
		title: skill.title,
		description: skill.description,
		category: skill.category,
		body: skill.body.map(blockModel),
		sections,
		allSections,
		headings: perLanguage((key) =>
			allSections.map(({ depth, id, heading }) => ({ depth, slug: id, text: heading[key].plain }))
		),
	};
	models.set(skill, model);
	return model;
}
