/** A text that exists in one language only. */
export interface Unpaired {
	/** What it is, such as `paragraph`, `list item`, `heading “Usage”`. */
	what: string;
	/** Where it is: `path/SKILL.zh-CN.md:12`. */
	at: string;
	/** Its first words. */
	excerpt: string;
}

/** What pairing found: the report's rows. */
export interface Tally {
	paired: number;
	originalOnly: Unpaired[];
	translationOnly: Unpaired[];
	/** Blocks kept as raw Markdown because the format has no kind for them. */
	raw: Unpaired[];
}

/**
 * An empty tally to fill while pairing.
 * @example
 * newTally() // => { paired: 0, originalOnly: [], translationOnly: [], raw: [] }
 */
export function newTally(): Tally {
	return { paired: 0, originalOnly: [], translationOnly: [], raw: [] };
}

/**
 * The first words of a text, on one line, for a report.
 * @example
 * excerpt('A long\ntext that goes on and on and on', 12) // => 'A long text…'
 */
export function excerpt(text: string, length = 40): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length <= length ? line : `${line.slice(0, length - 1).trimEnd()}…`;
}
