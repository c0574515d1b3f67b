import { diffWordsWithSpace } from 'diff';

/** A run of words: in both texts, only in the new one, or only in the old one. */
export interface DiffPart {
	text: string;
	change: 'same' | 'added' | 'removed';
}

/**
 * What changed from one text to another, word by word, as a translator reads it.
 * @example
 * wordDiff('Use spot instances', 'Use preemptible instances')
 * // => [{ text: 'Use ', change: 'same' }, { text: 'spot', change: 'removed' }, { text: 'preemptible', change: 'added' }, { text: ' instances', change: 'same' }]
 */
export function wordDiff(before: string, after: string): DiffPart[] {
	return diffWordsWithSpace(before, after).map((part) => ({
		text: part.value,
		change: part.added ? 'added' : part.removed ? 'removed' : 'same',
	}));
}

/**
 * A diff as plain text, the way `git diff --word-diff` writes one: `[-old-]{+new+}`.
 * @example
 * plainDiff(wordDiff('a b', 'a c')) // => 'a [-b-]{+c+}'
 */
export function plainDiff(parts: DiffPart[]): string {
	const marks = { same: ['', ''], removed: ['[-', '-]'], added: ['{+', '+}'] } as const;
	return parts.map(({ text, change }) => marks[change][0] + text + marks[change][1]).join('');
}
