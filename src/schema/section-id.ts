import { slug } from 'github-slugger';
import { z } from 'astro/zod';
import { toString } from 'mdast-util-to-string';
import { headingTree } from '../markdown/heading-text';
import { parseText } from '../markdown/parse';
import { rule } from './rule';
import { reservedIds } from './reserved-ids';

/**
 * The id Starlight gives a heading: the github-slugger slug of its text as a page shows it
 * (Markdown removed, links as their text, on one line; see markdown/heading-text.ts). Made from
 * the English heading, it is the section's id in both languages.
 * @example
 * headingSlug('ML Pipeline Orchestration & Workflow Management') // => 'ml-pipeline-orchestration--workflow-management'
 * headingSlug('Use `kubectl`') // => 'use-kubectl'
 * headingSlug('能力范围') // => '能力范围'
 */
export function headingSlug(markdown: string): string {
	return slug(toString(headingTree(parseText(markdown))));
}

/**
 * An explicit section id (`id:`) or a former one (`formerIds:`): lowercase ASCII letters, digits,
 * `-` and `_`, starting with a letter or digit, so it is safe in a URL and cannot clash with
 * Starlight's own ids such as `_top`.
 * @example
 * sectionIdSchema.parse('aws-stack') // ok
 * sectionIdSchema.parse('AWS Stack') // issue
 */
export const sectionIdSchema = z
	.string()
	.superRefine(
		rule(
			(id) => /^[a-z0-9][a-z0-9_-]*$/.test(id),
			'is not a valid section id',
			'Use lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit, e.g. `aws-mlops-stack`.'
		)
	);

/**
 * Whether an id can be a section's address: it holds a letter or digit, and the page does not
 * use it itself (`_top`, `theme-icons` …).
 * @example
 * addressable('setup') // => true
 * addressable('theme-icons') // => false
 */
export const addressable = (id: string) => /[\p{L}\p{N}]/u.test(id) && !reservedIds.has(id);

/**
 * What an id is as the name of a folder or a file on file systems that fold case or Unicode
 * normalization (macOS, Windows), where the site's `/go/` pages are written: two ids with one
 * key would be one folder there, and one link would land on the other's section.
 * @example
 * addressKey('cafe\u0301') === addressKey('caf\u00e9') // => true
 */
export const addressKey = (id: string) => id.normalize('NFC').toLowerCase();
