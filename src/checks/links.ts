/**
 * Where a text's links go: a translation links where its original links (it may link less), and
 * an address of its own is a finding: a link to another site, or a changed target, sends a reader
 * or an agent elsewhere in one language only.
 */

// Link destinations (`[text](url)`, `![alt](url)`), autolinks (`<https://…>`) and bare
// addresses, as written; regular expressions over Markdown are enough to compare targets.
const destination = /\]\(\s*<?([^)\s>]+)/g;
const autolink = /<((?:https?|mailto|ftp):[^>\s]+)>/gi;
const bare = /\b(?:https?:\/\/|www\.)[^\s<>)\]"'`]+/gi;

/** A target as compared: trailing punctuation a sentence adds, and a trailing slash, dropped. */
const normal = (url: string) => url.replace(/[.,;:!?。，；：！？]+$/, '').replace(/\/$/, '');

/**
 * Every link target of a Markdown text (code spans left out: their addresses are code).
 * @example
 * linkTargets('See [the docs](https://a.example/docs/) or https://b.example.') // => Set { 'https://a.example/docs', 'https://b.example' }
 */
function linkTargets(markdown: string): Set<string> {
	const text = markdown.replace(/`+[^`]*`+/g, ' ');
	const found = new Set<string>();
	for (const pattern of [destination, autolink])
		for (const [, url] of text.matchAll(pattern)) found.add(normal(url!));
	for (const [url] of text.matchAll(bare)) found.add(normal(url));
	return found;
}

/**
 * The targets a translation links to that its original does not.
 * @example
 * addedTargets('[x](https://a.example)', '[x](https://evil.example)') // => ['https://evil.example']
 */
export function addedTargets(original: string, translation: string): string[] {
	if (!/\]\(|<|https?:|www\./i.test(translation)) return [];
	const kept = linkTargets(original);
	return [...linkTargets(translation)].filter((url) => !kept.has(url));
}
