import type { Loader } from 'astro/loaders';
import { skillSchema } from '../schema/skill';
import { defaultSkillsBase, syncSkillSources } from './skill-sources';

/**
 * The `skills` collection: one entry per skill, holding both languages, checked by
 * {@link skillSchema}. The home page, the sidebar and the compare view read it.
 * @example
 * defineCollection({ loader: skillsLoader() })
 */
export function skillsLoader({
	base = defaultSkillsBase,
}: { base?: string | undefined } = {}): Loader {
	return {
		name: 'skills-loader',
		schema: skillSchema,
		load: (context) =>
			syncSkillSources(context, base, async ({ skill, data, filePath }) => {
				const parsed = await context.parseData({ id: skill.name, data, filePath });
				// The digest is of the checked skill, so a change in how sources are read updates it too.
				const digest = context.generateDigest(parsed);
				context.store.set({ id: skill.name, data: parsed, filePath, digest });
				return [skill.name];
			}),
	};
}
