import { names } from './names';

/**
 * Empty anchors for a section's aliases (its former ids and other slugs), to put inside its
 * heading on the pages and in the compare view, so that old links land on the section.
 * @example
 * aliasAnchors(['能力范围']) // => '<span id="能力范围" class="section-alias"></span>'
 */
export function aliasAnchors(aliases: string[]): string {
	const escape = (value: string) =>
		value.replace(/[&"<>]/g, (c) => `&${{ '&': 'amp', '"': 'quot', '<': 'lt', '>': 'gt' }[c]};`);
	return aliases
		.map((alias) => `<span id="${escape(alias)}" class="${names.alias}"></span>`)
		.join('');
}
