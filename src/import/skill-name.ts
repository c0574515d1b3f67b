/** The Agent Skills limit on a name's length. */
const maxLength = 64;

/**
 * A valid Agent Skills name made from any name: lowercase ASCII letters and digits joined by
 * single hyphens, at most 64 characters. Accents are dropped (`é` → `e`); a name with nothing
 * left becomes `skill`.
 * @example
 * validSkillName('Active Directory Attacks') // => 'active-directory-attacks'
 * validSkillName('crewai') // => 'crewai'
 */
export function validSkillName(name: string): string {
	const words = name
		.normalize('NFKD')
		.replace(/\p{Mark}/gu, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let valid = '';
	for (const word of words) {
		const next = valid ? `${valid}-${word}` : word;
		if (next.length > maxLength) break;
		valid = next;
	}
	return valid || words[0]?.slice(0, maxLength) || 'skill';
}

/**
 * The name a SKILL.md gives its skill, as written: its front matter's `name`, else the name of
 * its folder. (validSkillName makes it the skill's.)
 * @example
 * givenSkillName({ name: 'Active Directory Attacks' }, 'ad') // => 'Active Directory Attacks'
 * givenSkillName({}, 'crewai') // => 'crewai'
 */
export function givenSkillName(frontmatter: Record<string, unknown>, folder = 'skill'): string {
	const name = frontmatter['name'];
	return name === undefined || name === null ? folder : String(name);
}
