import type { z } from 'astro/zod';

/**
 * A check whose issue carries a fix as well as a message, for `superRefine`. Zod keeps `params`
 * only on custom issues, and our build errors print the fix (see source/explain.ts).
 * @example
 * z.string().superRefine(rule((v) => v === v.toLowerCase(), 'has capitals', 'Write it in lowercase.'))
 */
export function rule<T>(test: (value: T) => boolean, message: string, hint: string) {
	return (value: T, ctx: z.RefinementCtx<T>) => {
		if (!test(value)) ctx.addIssue({ code: 'custom', message, params: { hint } });
	};
}
