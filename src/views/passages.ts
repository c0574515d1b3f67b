import type { ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { RawModel } from '../model/blocks';
import type { ShownPair } from '../model/shown';
import type { SkillModel } from '../model/skill-model';

// Every paragraph, list item, table and block of code is a passage a reader can link to and
// quote: on each page and in the compare view it carries its anchor as its id (model/pair-places.ts,
// model/raw-anchors.ts). Only its id: a quote finds its translation under the same id in the
// other language's page when it is copied (links/passage-counterpart.ts), so the pages carry
// nothing more for it.

/**
 * A passage's attributes in a page: its anchor as its id, the same in both languages.
 * @example
 * passageProperties(pair, model) // => { id: 'setup.3f9a1c' }
 */
export function passageProperties(of: ShownPair | RawModel, skill: SkillModel): Properties {
	return { id: skill.anchors.get(of) };
}

/**
 * Trusted HTML (Shiki's code, a text's table) with attributes added to its first element, written
 * by hast-util-to-html, which escapes them.
 * @example
 * withAttributes(raw('<pre class="x">…</pre>'), { id: 'a.1' }) // => raw('<pre id="a.1" class="x">…</pre>')
 */
export function withAttributes(node: ElementContent, properties: Properties): ElementContent {
	if (node.type !== ('raw' as string)) return node;
	const value = (node as unknown as { value: string }).value;
	const written = toHtml(h('i', properties));
	const attributes = written.slice(2, written.lastIndexOf('></i>'));
	const at = value.search(/[\s>]/);
	return {
		...node,
		value: `${value.slice(0, at)}${attributes}${value.slice(at)}`,
	} as ElementContent;
}
