import { z } from 'astro/zod';
import { blockSchema } from './block';
import { resolveOutline, type SectionInput } from './outline';
import { inlinePair, pairOf, plainLine, plainText } from './pair';
import { rule } from './rule';
import { sectionIdSchema } from './section-id';

/**
 * A skill's name as the Agent Skills rules define it: 1–64 lowercase letters, digits and single
 * hyphens, not starting or ending with a hyphen. It is also the skill's folder and URL segment.
 * @example
 * skillNameSchema.parse('mlops-engineer') // ok
 * skillNameSchema.parse('MLOps--Engineer') // issue
 */
const skillNameSchema = z
	.string()
	.superRefine(
		rule(
			(name) => name.length <= 64 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name),
			'breaks the Agent Skills naming rules',
			'Use 1–64 lowercase letters, digits and single hyphens, not starting or ending with a hyphen, e.g. `mlops-engineer`.'
		)
	);

/**
 * The paths of YAML merge keys (`<<`) in front matter, at any depth. The site reads YAML 1.2, where
 * `<<` is a field like any other; js-yaml (gray-matter) and PyYAML, which agents' loaders use,
 * merge its value's fields into the mapping: `<<: { allowed-tools: Bash(*) }` gives an agent a
 * tool that the page's facts do not list.
 * @example
 * mergeKeys({ metadata: { '<<': { version: '2' } } }) // => [['metadata', '<<']]
 */
function mergeKeys(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
	if (Array.isArray(value))
		return value.flatMap((item, index) => mergeKeys(item, [...path, index]));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) =>
		key === '<<' ? [[...path, key]] : mergeKeys(inner, [...path, key])
	);
}

/** The front matter fields a source keeps besides `name` and `description`, which it holds itself. */
const frontmatterSchema = z.record(z.string(), z.unknown()).superRefine((fields, ctx) => {
	for (const path of mergeKeys(fields)) {
		ctx.addIssue({
			code: 'custom',
			path,
			message:
				'is YAML’s merge key `<<`: agents’ YAML loaders (js-yaml, PyYAML) read its fields as fields of this mapping, where the page shows one field named `<<`',
			params: { hint: 'Write the fields themselves in place of `<<:`.' },
		});
	}
	for (const key of ['name', 'description'].filter((key) => key in fields)) {
		ctx.addIssue({
			code: 'custom',
			path: [key],
			message: `repeats \`${key}\`, which the source holds at its top`,
			params: {
				hint: `Remove \`${key}\` from \`frontmatter:\`; the top-level \`${key}:\` is the one used.`,
			},
		});
	}
});

/** A section: a heading pair, its body, and its subsections one level deeper. */
const sectionSchema: z.ZodType<SectionInput> = z.strictObject({
	/** The heading in both languages. */
	heading: inlinePair,
	/** The heading's level in the SKILL.md, when it is not the section's depth (a `#` heading in
	 * the body, a heading that skips a level). */
	level: z.number().int().min(1).max(6).optional(),
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
		title: pairOf(plainLine),
		/** Whether the SKILL.md starts with the title as a `# Title` line (it does by default). */
		titleHeading: z.boolean().optional(),
		/** What the skill does and when to use it: the skill list, search results, link previews. */
		description: pairOf(plainText),
		/** The rest of the SKILL.md's front matter, as written: license, source, allowed tools … */
		frontmatter: frontmatterSchema.optional(),
		/** The catalog's group for the skill, e.g. `{ en: Databases, zh: 数据库 }`; without one, "Other". */
		category: pairOf(plainLine).optional(),
		/** Blocks before the first section. */
		body: z.array(blockSchema).optional(),
		/** The top-level (`##`) sections. */
		sections: z.array(sectionSchema).optional(),
	})
	.superRefine(
		rule(
			(skill) => (skill.body?.length ?? 0) + (skill.sections?.length ?? 0) > 0,
			'has no content',
			'Add `sections:` (the `##` sections) or a `body:` of blocks.'
		)
	)
	.transform((skill, ctx) => {
		const sections = resolveOutline(skill.sections ?? [], ({ path, message, hint }) =>
			ctx.issues.push({ code: 'custom', input: skill, path, message, params: { hint } })
		);
		return { ...skill, body: skill.body ?? [], sections };
	});

/** The source as written, before checks. */
export type SkillInput = z.input<typeof skillSchema>;
/**
 * What the source reader adds to a checked skill from the YAML text itself, which plain data
 * loses (source/parse-skill.ts).
 */
export type WrittenSource = {
	/** The `frontmatter:` fields as the source writes them, as YAML: the exported SKILL.md and the
	 * page show them so, and `version: 1.10` stays `1.10` (as plain data it is the number 1.1). */
	frontmatterYaml?: string | undefined;
};

/** A checked skill with resolved section ids: what loaders store and views render. */
export type Skill = z.output<typeof skillSchema> & WrittenSource;
export type { Section } from './outline';
export type { Block } from './block';
export type { Pair } from './pair';
