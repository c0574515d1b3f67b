import type { Nodes } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';
import { parseText } from '../markdown/parse';
import { languageKeys } from '../i18n/languages';
import { pairOf, type Pair } from './pair';
import type { z } from 'astro/zod';

/** What a heading may not hold, and why: every view makes the heading itself a link or an anchor. */
const notInHeadings: Partial<Record<Nodes['type'], string>> = {
	link: 'a link',
	linkReference: 'a link',
	image: 'an image',
	imageReference: 'an image',
};

/**
 * The first thing in a heading's text that a heading may not hold. A heading is already a link
 * in the compare view (a link inside it would split the row) and carries the section's anchor on
 * the pages; an image's alt text would end up in the section id.
 * @example
 * headingProblem('Read [the docs](https://example.com)') // => 'a link'
 * headingProblem('Use `kubectl`') // => undefined
 */
export function headingProblem(markdown: string): string | undefined {
	let found: string | undefined;
	visit(parseText(markdown), (node) => {
		found = notInHeadings[node.type];
		return found ? EXIT : undefined;
	});
	return found;
}

function checkHeading(pair: Pair, ctx: z.RefinementCtx<Pair>) {
	for (const key of languageKeys) {
		const text = pair[key];
		const problem = text === undefined ? undefined : headingProblem(text);
		if (!problem) continue;
		ctx.addIssue({
			code: 'custom',
			path: [key],
			message: `has ${problem}, which a heading cannot hold`,
			params: {
				hint:
					'A heading holds text, `code`, *emphasis*, **strong** and ~~strikethrough~~: it is a link to its ' +
					'section already. Put the link or image in the section’s first paragraph; write a URL as `code`.',
			},
		});
	}
}

/**
 * A section heading: an inline pair without links or images.
 * @example
 * headingPair.parse({ en: 'Setup & `install`', zh: '安装与`install`' }) // ok
 */
export const headingPair = pairOf('inline').superRefine(checkHeading);
