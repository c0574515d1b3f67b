import {
	isTokenAtKeyword,
	isTokenBadURL,
	isTokenFunction,
	isTokenString,
	isTokenURL,
	isTokenWhiteSpaceOrComment,
	tokenize,
	type CSSToken,
} from '@csstools/css-tokenizer';

/** Something in CSS that refers to another file or address, at its offset in the CSS. */
export interface CssReference {
	offset: number;
	found: string;
}

/** CSS functions whose argument is an address: `url()` and `src()` may name an id of the same
 * file (`url(#gradient)`); the image functions take addresses as strings, and are refused. */
const urlFunctions = new Set(['url', 'src']);
const imageFunctions = new Set(['image-set', '-webkit-image-set', 'image', 'cross-fade']);

// What browsers ignore in an address (spaces, control characters) does not hide its scheme.
// eslint-disable-next-line no-control-regex
const bare = (value: string) => value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
const scriptOrData = /^(javascript|vbscript|data):/;

const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/**
 * Every place in a piece of CSS (a `<style>`, a `style` attribute, a presentation attribute such
 * as `fill="url(#g)"`) that refers to something outside the SVG file: `url()` and `src()` other
 * than `#id`, the image functions, `@import`, and `javascript:` or `data:` anywhere. It is read
 * with a CSS tokenizer that follows the CSS Syntax standard, as a browser reads it, so that an
 * escape (`\75 rl(`) or a comment cannot hide a reference from the check.
 * @example
 * cssReferences('.a { fill: url(#g) }') // => []
 * cssReferences('@import "x.css"; .a { fill: u\\72l(http://x/y) }') // => [{ offset: 0, found: '`@import`' }, { offset: 28, found: '`url(http://x/y)`' }]
 */
export function cssReferences(css: string): CssReference[] {
	const tokens = tokenize({ css });
	const found: CssReference[] = [];
	const add = (token: CSSToken, what: string) => found.push({ offset: token[2], found: what });
	tokens.forEach((token, index) => {
		if (isTokenURL(token) && !token[4].value.trim().startsWith('#'))
			add(token, `\`url(${shown(token[4].value)})\``);
		else if (isTokenBadURL(token)) add(token, `a malformed \`${shown(token[1])}\``);
		else if (isTokenAtKeyword(token) && token[4].value.toLowerCase() === 'import')
			add(token, '`@import`');
		else if (isTokenFunction(token)) {
			const name = token[4].value.toLowerCase();
			let next = index + 1;
			while (isTokenWhiteSpaceOrComment(tokens[next])) next++;
			const argument = tokens[next];
			if (imageFunctions.has(name)) add(token, `the image function \`${name}()\``);
			else if (
				urlFunctions.has(name) &&
				!(isTokenString(argument) && argument[4].value.trim().startsWith('#'))
			)
				add(token, `\`${name}(${shown(argument?.[1] ?? '')})\``);
		} else if (isTokenString(token) && scriptOrData.test(bare(token[4].value)))
			add(token, `the address \`${shown(token[4].value)}\``);
	});
	return found;
}
