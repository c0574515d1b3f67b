import type { LanguageKey } from '../i18n/languages';
import { highlightCode } from '../markdown/highlight';
import { blockCode, type CodeBlock, type RawModel } from '../model/blocks';
import type { SkillModel } from '../model/skill-model';

// A skill page's Markdown is rendered once, by the content loader, and Astro keeps the HTML in
// its content store, which it writes whole to disk and loads again at every change in
// `astro dev`. Coloured code was half of that HTML, so code goes in as a numbered slot and is
// coloured when the page is drawn (withCode, from the MarkdownContent override), through the same
// cache as the compare view's code.

const codeOf = new WeakMap<SkillModel, { blocks: CodeBlock[]; index: Map<RawModel, number> }>();

/** Every block of a skill drawn as code, in page order, with its number. */
function skillCode(skill: SkillModel) {
	let code = codeOf.get(skill);
	if (!code) {
		const all = [skill.body, ...skill.allSections.map((section) => section.body)].flat();
		const blocks = all.flatMap(blockCode);
		code = { blocks, index: new Map(blocks.map(({ raw }, at) => [raw, at])) };
		codeOf.set(skill, code);
	}
	return code;
}

/** Our slot, in an HTML comment: no source text can make one (sources reach pages inert). */
const slot = /<!--skill-code:(\d+)-->/g;

/**
 * The slot where a block of code goes on the page of `skill`: its number among the skill's code.
 * @example
 * codeSlot(skill, block) // => '<!--skill-code:3-->'
 */
export function codeSlot(skill: SkillModel, raw: RawModel): string {
	const at = skillCode(skill).index.get(raw);
	if (at === undefined) throw new Error(`A block of code is not among ${skill.name}’s.`);
	return `<!--skill-code:${at}-->`;
}

/**
 * The block of code a slot of a skill's page stands for, if `text` is one of its slots.
 * @example
 * codeInSlot(skill, '<!--skill-code:3-->') // => { raw, syntax: 'bash', meta: undefined }
 */
export function codeInSlot(skill: SkillModel, text: string): CodeBlock | undefined {
	const [match] = text.matchAll(slot);
	return match?.[0] === text ? skillCode(skill).blocks[Number(match[1])] : undefined;
}

/**
 * A skill page's HTML with its code coloured in place of its slots, in language `key`.
 * @example
 * await withCode('<p>Run</p>\n<!--skill-code:0-->', skill, 'en') // => '<p>Run</p>\n<pre class="astro-code …'
 */
export async function withCode(html: string, skill: SkillModel, key: LanguageKey): Promise<string> {
	const { blocks } = skillCode(skill);
	const coloured = await Promise.all(
		blocks.map(({ raw, syntax, meta }) => highlightCode(raw.text[key].text, syntax, meta))
	);
	return html.replace(slot, (_, at: string) => {
		const code = coloured[Number(at)];
		if (code === undefined) throw new Error(`${skill.name}’s page has no code block ${at}.`);
		return code;
	});
}
