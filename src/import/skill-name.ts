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
