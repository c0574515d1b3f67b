import { z } from 'astro/zod';
import { blockSchema } from './block';
import { resolveOutline, type SectionInput } from './outline';
import { headingPair, plainPair } from './pair';
import { rule } from './rule';
import { sectionIdSchema } from './section-id';

/**
 * A skill's name as the Agent Skills rules define it: 1–64 lowercase letters, digits and single
 * hyphens, not starting or ending with a hyphen. It is also the skill's folder and URL segment.
 * @example
 * skillNameSchema.parse('mlops-engineer') // ok
 * skillNameSchema.parse('MLOps--Engineer') // issue
 */
export const skillNameSchema = z
	.string()
	.superRefine(
		rule(
			(name) => name.length <= 64 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name),
			'breaks the Agent Skills naming rules',
			'Use 1–64 lowercase letters, digits and single hyphens, not starting or ending with a hyphen, e.g. `mlops-engineer`.'
		)
	);

/** A section: a heading pair, its body, and its subsections one level deeper. */
const sectionSchema: z.ZodType<SectionInput> = z.strictObject({
	/** The heading in both languages, on one line (see {@link headingPair}). */
	heading: headingPair,
	/** The section's id in both languages; by default the slug of the English heading. */
	id: sectionIdSchema.optional(),
	/** Ids the section had before a rename, so that old links still land on it. */
	formerIds: z.array(sectionIdSchema).optional(),
	/** Paragraphs, lists, code and tables before the first subsection. */
	body: z.array(blockSchema).optional(),
	get sections() {
		return z.array(sectionSchema).optional();
	},
});

/**
 * The bilingual source of one skill (`content/skills/<name>/skill.yaml`): the format and, through
 * `z.output`, the types every view uses. Section ids and depths are resolved here, once.
 */
export const skillSchema = z
	.strictObject({
		/** Agent Skills name; must equal the skill's folder name. */
		name: skillNameSchema,
		/** The skill's title, as the page heading and in the skill list. */
		title: plainPair,
		/** One sentence about the skill, for the skill list, search results and link previews. */
		description: plainPair,
		/** The catalog's group for the skill, e.g. `{ en: Databases, zh: 数据库 }`; without one, "Other". */
		category: plainPair.optional(),
		/** Blocks before the first section. */
		body: z.array(blockSchema).optional(),
		/** The top-level (`##`) sections. */
		sections: z.array(sectionSchema).min(1, { message: 'has no sections' }),
	})
	.transform((skill, ctx) => {
		const sections = resolveOutline(skill.sections, ({ path, message, hint }) =>
			ctx.issues.push({ code: 'custom', input: skill, path, message, params: { hint } })
		);
		return { ...skill, body: skill.body ?? [], sections };
	});

/** The source as written, before checks. */
export type SkillInput = z.input<typeof skillSchema>;
/** A checked skill with resolved section ids: what loaders store and views render. */
export type Skill = z.output<typeof skillSchema>;
export type { Section } from './outline';
export type { Block } from './block';
export type { Pair } from './pair';
