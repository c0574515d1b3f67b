import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { publishFiles } from '../publish/published-files';
import { imageFiles } from '../source/skill-files';
import { packSkill, type PackedSkill } from './packed-skill';
import { defaultSkillsBase, syncSkillSources } from './skill-sources';

/**
 * The `skills` collection: one entry per skill, holding both languages, as the source reader
 * checked it (source/read-skills.ts), packed (loaders/packed-skill.ts: read it through
 * `library()` in library.ts). The schema only carries its type: the source was checked once
 * already, and checking it again would run every rule a second time.
 * @example
 * defineCollection({ loader: skillsLoader() })
 */
export function skillsLoader({
	base = defaultSkillsBase,
}: { base?: string | undefined } = {}): Loader {
	return {
		name: 'skills-loader',
		schema: z.custom<PackedSkill>(),
		load: (context) =>
			syncSkillSources(context, base, async (skill, filePath) => {
				const digest = context.generateDigest(skill);
				if (context.store.get(skill.name)?.digest !== digest)
					context.store.set({ id: skill.name, data: packSkill(skill), filePath, digest });
				// The images it shows, for the integration that publishes them (publish/skill-files.ts).
				const folder = fileURLToPath(new URL('./', new URL(filePath, context.config.root)));
				publishFiles(skill.name, { folder, files: imageFiles(skill) });
				return [skill.name];
			}),
	};
}
