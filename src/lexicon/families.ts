/**
 * Stem families: a stem and those derived from it by a suffix ("deploy", "deployment";
 * "configur", "configuration"; "valid", "validat"), so that a text's "deployment" meets a
 * gloss's "to deploy". Only common derivational suffixes join, and the root keeps four letters,
 * so that "test" and "testament" stay apart.
 */

const suffixes = new Set(
	(
		'ment ments ation ations ion ions al er ers or ors ity ities ness able ible ive iz is ic ical ' +
		'ically ant ent anc enc ist ists ism at ship ful less y ly ally ur ar ory iv'
	).split(' ')
);

/**
 * The root of a stem among known stems: the shortest known stem of four letters or more that it
 * starts with, followed by a derivational suffix; the stem itself when there is none.
 * @example
 * rootOf('deployment', new Set(['deploy'])) // => 'deploy'
 */
export function rootOf(text: string, known: { has(stem: string): boolean }): string {
	for (let length = 4; length < text.length; length++) {
		const root = text.slice(0, length);
		if (suffixes.has(text.slice(length)) && known.has(root)) return root;
	}
	return text;
}

/**
 * The stems of a vocabulary, each with the id of its family's root (its own id for a root).
 * Roots resolve through chains: "configurationally" → "configuration" → "configur".
 * @example
 * stemFamilies(new Set(['deploy', 'deployment'])) // => { stems: ['deploy', 'deployment'], family: [0, 0] }
 */
export function stemFamilies(vocabulary: ReadonlySet<string>): {
	stems: string[];
	family: number[];
} {
	const stems = [...vocabulary].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
	const id = new Map(stems.map((text, index) => [text, index]));
	const family: number[] = [];
	// Shorter stems come first, so a root's own family is known before its derivatives ask.
	stems.forEach((text, index) => {
		const root = rootOf(text, vocabulary);
		family.push(root === text ? index : family[id.get(root)!]!);
	});
	return { stems, family };
}
