import { parseSkill } from '../source/parse-skill';

/**
 * Reads a written source back the way the site will, so that an import that the site would
 * reject fails now, with the site's own messages.
 * @example
 * checkSource(yaml, 'content/skills/crewai/skill.yaml', 'crewai') // => [] when the site accepts it
 */
export function checkSource(yaml: string, file: string, folder: string): string[] {
	try {
		parseSkill(yaml, { file, folder });
		return [];
	} catch (error) {
		return [(error as Error).message];
	}
}
