import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { defaultSkillsBase, syncSkillSources } from './skill-sources';

/** What is wrong with a broken source, as the build would say it. */
const sourceProblemSchema = z.object({
	/** The source's path from the project root. */
	file: z.string(),
	message: z.string(),
	hint: z.string().optional(),
});
export type SourceProblem = z.infer<typeof sourceProblemSchema>;

/** What checking a source found: its problem, or none. */
const sourceCheckSchema = z.object({ problem: sourceProblemSchema.optional() });
export type SourceCheck = z.infer<typeof sourceCheckSchema>;

/**
 * The `sourceChecks` collection: in `astro dev`, one entry per source, by its folder name, with
 * the problem of a broken one, so that the dev server shows the error on that skill's pages
 * (src/middleware.ts) while the other skills stay live. Good sources have an entry too: Astro
 * warns at every read of an empty collection, which this one would be whenever nothing is broken.
 * A build stops at a broken source instead.
 * @example
 * defineCollection({ loader: sourceChecksLoader() })
 */
export function sourceChecksLoader({
	base = defaultSkillsBase,
}: { base?: string | undefined } = {}): Loader {
	return {
		name: 'source-checks-loader',
		schema: sourceCheckSchema,
		load: (context) => {
			const store = (id: string, data: SourceCheck) => {
				const digest = context.generateDigest(data);
				if (context.store.get(id)?.digest !== digest) context.store.set({ id, data, digest });
				return [id];
			};
			return syncSkillSources(
				context,
				base,
				// A skill's name is its folder's (source/parse-skill.ts checks it).
				async (skill) => store(skill.name, {}),
				({ folder, error }) =>
					store(folder, {
						problem: { file: error.file, message: error.message, hint: error.hint },
					})
			);
		},
	};
}
