import { parse, stringify } from 'yaml';
import type { Skill } from '../schema/skill';

/** The Agent Skills limit on a description's length. */
export const descriptionLimit = 1024;

/** A text cut to `limit` characters at most, `…` included, between two graphemes (an emoji, a
 * letter and its accents stay whole). */
function cut(text: string, limit: number): string {
	if (text.length <= limit) return text;
	let kept = '';
	for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
		if (kept.length + segment.length > limit - 1) break;
		kept += segment;
	}
	return `${kept}…`;
}

/**
 * A skill's front matter fields besides its name and description, as YAML the way its source
 * writes them (source/parse-skill.ts keeps that text: `version: 1.10` stays `1.10`), or `''`.
 * @example
 * otherFrontmatter(skill) // => 'license: MIT\nversion: 1.10\n'
 */
export function otherFrontmatter(skill: Pick<Skill, 'frontmatter' | 'frontmatterYaml'>): string {
	if (skill.frontmatterYaml !== undefined) return skill.frontmatterYaml;
	return skill.frontmatter && Object.keys(skill.frontmatter).length > 0
		? stringify(skill.frontmatter, { lineWidth: 0 })
		: '';
}

/**
 * The front matter of a SKILL.md: `name`, the description (cut to the Agent Skills limit of 1024
 * characters if longer), then the other fields as written. The exported file writes it, and the
 * skill page shows it whole, so that what an agent loads is what a reader can see.
 * @example
 * frontmatterText('crewai', 'CrewAI 专家 …', 'source: …\n') // => 'name: crewai\ndescription: CrewAI 专家 …\nsource: …\n'
 */
export function frontmatterText(name: string, description: string, others: string): string {
	return (
		stringify({ name, description: cut(description, descriptionLimit) }, { lineWidth: 0 }) + others
	);
}

/**
 * Front matter fields with every value as its YAML writes it, a string each (YAML's failsafe
 * schema): what a page shows of them, `1.10` as `1.10` rather than the number 1.1.
 * @example
 * fieldsAsWritten('version: 1.10\nallowed-tools: [Read]\n') // => { version: '1.10', 'allowed-tools': ['Read'] }
 */
export function fieldsAsWritten(yaml: string): Record<string, unknown> {
	const fields: unknown = yaml.trim() === '' ? {} : parse(yaml, { schema: 'failsafe' });
	return fields !== null && typeof fields === 'object' ? (fields as Record<string, unknown>) : {};
}
