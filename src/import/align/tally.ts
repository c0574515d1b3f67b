/** A text that exists in one language only. */
export interface Unpaired {
	/** What it is, such as `paragraph`, `list item`, `heading “Usage”`. */
	what: string;
	/** Where it is: `path/SKILL.zh-CN.md:12`. */
	at: string;
	/** Its first words. */
	excerpt: string;
}

/** A text of the original and one of the translation that might be each other's, left apart
 * because the evidence could not tell: the original is kept untranslated, the translation is not
 * published. */
export interface Unsure {
	what: string;
	original: Unpaired;
	translation: Unpaired;
}

/** What pairing found: the report's rows. */
export interface Tally {
	paired: number;
	originalOnly: Unpaired[];
	translationOnly: Unpaired[];
	/** Pairs not made because the evidence was not sure of them, with both texts' places. */
	unsure: Unsure[];
	/** Blocks kept as raw Markdown because the format has no kind for them. */
	raw: Unpaired[];
	/** What a translation's block says otherwise of what the format holds once for both languages
	 * (a callout's type, a list's numbering, a code block's language): the original's is kept. */
	differs: Unpaired[];
}

/**
 * An empty tally to fill while pairing.
 * @example
 * newTally() // => { paired: 0, originalOnly: [], translationOnly: [], unsure: [], raw: [], differs: [] }
 */
export function newTally(): Tally {
	return { paired: 0, originalOnly: [], translationOnly: [], unsure: [], raw: [], differs: [] };
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
