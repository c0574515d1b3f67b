import type { Root as HastRoot } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { LanguageKey } from '../i18n/languages';
import { highlightCode } from '../markdown/highlight';
import { blockCode, type CodeBlock, type RawModel } from '../model/blocks';
import type { SkillModel } from '../model/skill-model';

// A skill page's tree holds each block of code as a numbered slot, coloured when the page is
// drawn (page-html.ts), through the same cache as the compare view's code. The slots let the
// benchmark's bare site put the same code back as Markdown (codeInSlot).

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
 * Puts each block of code of a skill page's tree (in language `key`) in place of its slot,
 * coloured, as raw HTML.
 * @example
 * await colourCode(toHast(pageTree(skill, 'en', labels), { allowDangerousHtml: true }), skill, 'en')
 * // slot `<!--skill-code:0-->` => raw '<pre class="astro-code …" dir="ltr">…'
 */
export async function colourCode(
	tree: HastRoot,
	skill: SkillModel,
	key: LanguageKey
): Promise<void> {
	const slots: Raw[] = [];
	visit(tree, 'raw', (node: Raw) => {
		if (codeInSlot(skill, node.value)) slots.push(node);
	});
	await Promise.all(
		slots.map(async (node) => {
			const { raw, syntax, meta } = codeInSlot(skill, node.value)!;
			node.value = await highlightCode(raw.text[key].text, syntax, meta);
		})
	);
}
