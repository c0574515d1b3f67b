/**
 * The prose of a Markdown text: what a translation puts in other words. Code, URLs, link targets
 * and HTML are taken out, because they are not translated; whether they are the same in both
 * languages is another check's question.
 */

const fencedCode = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[^\n]*|$)/gm;
const codeSpan = /(`+)[^`]*?\1/g;
const image = /!\[[^\]]*\]\([^)]*\)/g;
const linkTarget = /\]\([^)]*\)/g;
const url = /\b(?:https?|ftp|mailto):[^\s)>\]]+|\bwww\.[^\s)>\]]+/g;
const html = /<\/?[A-Za-z][^>]*>|<!--[\s\S]*?-->/g;
// Paths and identifiers written without backticks: `lib/app.js`, `./run`, `user_id`, `a.b.c`
// (not "and/or": a slash between two words is prose).
const identifier = /(?<!\w)(?:~|\.{1,2})?\/[\w./-]+|\b[\w-]+(?:\.[\w-]+)+\b|\b\w+_\w+\b/g;

/**
 * A text without its code, URLs, link targets, images and HTML (link texts stay).
 * @example
 * prose('Run `npm test`, see [the docs](https://example.com/docs).') // => 'Run  , see [the docs] .'
 */
export function prose(markdown: string): string {
	return markdown
		.replace(fencedCode, ' ')
		.replace(codeSpan, ' ')
		.replace(image, ' ')
		.replace(linkTarget, '] ')
		.replace(url, ' ')
		.replace(html, ' ')
		.replace(identifier, ' ');
}
