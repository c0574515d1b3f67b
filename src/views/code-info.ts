import { names } from './names';

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * A block of code's HTML (`pre`) with the rest of its fence's info string (`title="setup.sh"`)
 * shown over it: the SKILL.md an agent loads writes it on the fence, so the page says it too
 * (its language is said by the colouring already). One figure holds both, so that what wraps the
 * code later (its copy button) moves neither. Without an info string, the code as it is.
 * @example
 * withCodeInfo('<pre>…</pre>', 'title="setup.sh"') // => '<figure class="code-block"><figcaption class="code-info"><code dir="ltr">title="setup.sh"</code></figcaption><pre>…</pre></figure>'
 * withCodeInfo('<pre>…</pre>', undefined) // => '<pre>…</pre>'
 */
export function withCodeInfo(pre: string, meta: string | undefined): string {
	if (!meta?.trim()) return pre;
	const { codeBlock: block, codeInfo: info } = names;
	return `<figure class="${block}"><figcaption class="${info}"><code dir="ltr">${escape(meta)}</code></figcaption>${pre}</figure>`;
}
