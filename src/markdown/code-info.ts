/** The class of a code block's info line (styles/code.css). */
export const codeInfoClass = 'code-info';

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * The line over a code block that shows the rest of its fence's info string (`title="setup.sh"`),
 * as HTML, or `''` when there is none: the SKILL.md an agent loads writes it on the fence, so the
 * page says it too. Its language is said by the colouring already.
 * @example
 * codeInfo('title="setup.sh"') // => '<p class="code-info"><code>title="setup.sh"</code></p>'
 * codeInfo(undefined) // => ''
 */
export function codeInfo(meta: string | undefined): string {
	if (!meta?.trim()) return '';
	return `<p class="${codeInfoClass}"><code dir="ltr">${escape(meta)}</code></p>`;
}
