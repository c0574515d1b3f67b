import { perLanguage, type PerLanguage } from '../i18n/languages';
import type { Section, Skill } from '../schema/skill';
import { showHeading, showRaw, type ShownPair } from './shown';

/** A heading as "On this page" and the sidebar list it. */
export interface HeadingEntry {
	depth: number;
	slug: string;
	text: string;
}

/** What a heading entry needs of a section: the model's sections have it, and so does
 * {@link pageFacts}'s walk of a source's. */
interface HeadedSection {
	depth: number;
	id: string;
	heading: ShownPair;
}

/**
 * Every section's heading as each language shows it, in page order: the skill model's
 * `headings`, and the pages' entries in Starlight's collection, from this one function.
 * @example
 * sectionHeadings(model.allSections).zh[4] // => { depth: 2, slug: 'capabilities', text: '能力范围' }
 */
export function sectionHeadings(sections: HeadedSection[]): PerLanguage<HeadingEntry[]> {
	return perLanguage((key) =>
		sections.map(({ depth, id, heading }) => ({ depth, slug: id, text: heading[key].plain }))
	);
}

/** What a skill's page entry says in one language. */
export interface PageFacts {
	title: string;
	description: string;
	headings: HeadingEntry[];
}

const unchecked = () => [];

/**
 * A skill's title, description and headings in each language, for its pages' entries in
 * Starlight's collection (loaders/skill-pages.ts), without making its model: the model is made
 * once, where the pages are drawn. Nothing here is checked: the model's checks are the pages'.
 * @example
 * pageFacts(skill).zh // => { title: 'MLOps 工程师', description: '…', headings: [{ depth: 2, slug: 'use-this-skill-when', text: '适用场景' }, …] }
 */
export function pageFacts(skill: Skill): PerLanguage<PageFacts> {
	const sections: HeadedSection[] = [];
	const walk = (section: Section): void => {
		const { depth, id } = section;
		sections.push({ depth, id, heading: showHeading(section.heading, unchecked) });
		section.sections.forEach(walk);
	};
	skill.sections.forEach(walk);
	const headings = sectionHeadings(sections);
	const title = showRaw(skill.title);
	const description = showRaw(skill.description);
	return perLanguage((key) => ({
		title: title[key].text,
		description: description[key].text,
		headings: headings[key],
	}));
}
