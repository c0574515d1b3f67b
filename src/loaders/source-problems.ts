import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { defaultSkillsBase, syncSkillSources } from './skill-sources';

/** What is wrong with a broken source, as the build would say it. */
export const sourceProblemSchema = z.object({
	/** The source's path from the project root. */
	file: z.string(),
	message: z.string(),
	hint: z.string().optional(),
});
export type SourceProblem = z.infer<typeof sourceProblemSchema>;

/**
 * The `sourceProblems` collection: in `astro dev`, one entry per broken source, by its folder
 * name, so that the dev server shows the error on that skill's pages (src/middleware.ts) while
 * the other skills stay live. A build stops at a broken source instead, so it has no entries.
 * @example
 * defineCollection({ loader: sourceProblemsLoader() })
 */
export function sourceProblemsLoader({
	base = defaultSkillsBase,
}: { base?: string | undefined } = {}): Loader {
	return {
		name: 'source-problems-loader',
		schema: sourceProblemSchema,
		load: (context) =>
			syncSkillSources(
				context,
				base,
				async () => [],
				({ folder, error }) => {
					const data: SourceProblem = {
						file: error.file,
						message: error.message,
						hint: error.hint,
					};
					const digest = context.generateDigest(data);
					if (context.store.get(folder)?.digest !== digest)
						context.store.set({ id: folder, data, digest });
					return [folder];
				}
			),
	};
}
