import type { z } from 'astro/zod';
import { languages, type LanguageKey } from '../i18n/languages';
import type { Path } from './locate';

/** The value at `path` in the raw (unchecked) source. */
function valueAt(raw: unknown, path: Path): unknown {
	return path.reduce<unknown>(
		(node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key],
		raw
	);
}

function typeName(value: unknown): string {
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	if (typeof value === 'string') return 'text';
	return `a ${typeof value}`;
}

const expectedName: Record<string, string> = {
	string: 'text',
	array: 'a list',
	object: 'a mapping',
	boolean: '`true` or `false`',
};

/**
 * A source's issues, each failed union (code or HTML, written as one text or as a pair) replaced by
 * the issues of the form the source wrote: `code: { en: x }` is a pair without its `zh`, not
 * "Invalid input". A union whose every form is of another type than the value stays as it is.
 * @example
 * specificIssues(result.error.issues) // => [{ code: 'custom', path: ['body', 0, 'code', 'zh'], message: 'has no Chinese text (`zh`)', … }]
 */
export function specificIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
	return issues.flatMap((issue) => {
		if (issue.code !== 'invalid_union') return [issue];
		const written = issue.errors.filter(
			(form) => !form.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0)
		);
		if (written.length !== 1) return [issue];
		return specificIssues(
			written[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }))
		);
	});
}

/**
 * Turns a Zod issue on a source into a message and a fix that a translator can act on. Our own
 * checks carry their fix in `params.hint`; built-in ones get theirs here.
 * @example
 * explainIssue({ code: 'invalid_type', expected: 'string', path: ['title', 'zh'], message: '' }, { title: { en: 'x' } })
 * // => { message: 'is missing', hint: 'Add `zh:` with the Chinese text.' }
 */
export function explainIssue(
	issue: z.core.$ZodIssue,
	raw: unknown
): { message: string; hint: string } {
	const key = issue.path.at(-1);
	if (issue.code === 'custom' && typeof issue.params?.hint === 'string') {
		return { message: issue.message, hint: issue.params.hint };
	}
	if (issue.code === 'unrecognized_keys') {
		const keys = issue.keys.map((k) => `\`${k}\``).join(', ');
		return {
			message: `has ${issue.keys.length === 1 ? 'an unknown key' : 'unknown keys'} ${keys}`,
			hint: 'Check the spelling and the indentation: a key indented too far or not far enough lands in the wrong mapping.',
		};
	}
	if (issue.code === 'invalid_type') {
		const value = valueAt(raw, issue.path);
		const expected = expectedName[issue.expected] ?? issue.expected;
		if (value === undefined) {
			const language = languages[key as LanguageKey];
			return {
				message: 'is missing',
				hint: language
					? `Add \`${String(key)}:\` with the ${language.name} text.`
					: `Add \`${String(key)}:\`.`,
			};
		}
		if (typeof value === 'number' && (issue.expected === 'number' || issue.expected === 'int')) {
			return {
				message: `is ${value}, where a whole number belongs`,
				hint: 'Write a whole number in digits, such as `4`.',
			};
		}
		return {
			message: `is ${typeName(value)}, where ${expected} belongs`,
			hint:
				issue.expected === 'string' && value !== null
					? 'Put the text in quotes, so that YAML reads it as text and not as a number or a yes/no value.'
					: `Write ${expected} here; see the source format in README.md.`,
		};
	}
	if (issue.code === 'invalid_value') {
		return {
			message: `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`,
			hint: 'Use one of the listed values.',
		};
	}
	if (issue.code === 'invalid_union') {
		return {
			message: `is ${typeName(valueAt(raw, issue.path))}, where text or a mapping of texts by language belongs`,
			hint: 'Write the text itself (in quotes if it could be read as a number), or `en:` and `zh:` texts when the translation changes it.',
		};
	}
	if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
		const [bound, word] =
			issue.code === 'too_small' ? [issue.minimum, 'least'] : [issue.maximum, 'most'];
		return {
			message: `is ${String(valueAt(raw, issue.path))}; it may be at ${word} ${String(bound)}`,
			hint: `Write a number of at ${word} ${String(bound)}.`,
		};
	}
	if (issue.code === 'too_small' && issue.origin === 'array') {
		return { message: issue.message, hint: 'Add at least one, or remove the key.' };
	}
	return { message: issue.message, hint: 'See the source format in README.md.' };
}
