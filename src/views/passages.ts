import type { ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'mdast-util-to-string';
import { languageKeys, type LanguageKey } from '../i18n/languages';
import type { RawModel } from '../model/blocks';
import { rawAnchors } from '../model/raw-anchors';
import type { ShownPair, ShownText } from '../model/shown';
import type { SkillModel } from '../model/skill-model';
import { data } from './names';

// Every paragraph, list item, table and block of code is a passage a reader can link to and
// quote: on each page and in the compare view it carries its anchor as its id (model/pair-places.ts,
// model/raw-anchors.ts). On a page it carries its translation's words too, which a quote copies
// beside the reader's selection: the page holds them, so copying asks nothing of the network.

/**
 * A text as a quote gives it: its words without markup; a table a line per row, ` | ` between
 * its cells (as a browser's `innerText` gives it, tabs aside).
 * @example
 * passageText(pair.zh) // => '使用 kubectl 部署'
 */
export function passageText(shown: ShownText): string {
	const [table] = shown.tree.children;
	if (table?.type !== 'table') return shown.plain;
	return table.children
		.map((row) => row.children.map((cell) => toString(cell)).join(' | '))
		.join('\n');
}

/** A block of raw text (code, HTML) rather than a pair of Markdown. */
const isRaw = (of: ShownPair | RawModel): of is RawModel => 'shared' in of;

/**
 * A passage's attributes in the page of language `key`: its anchor as its id, and the words of
 * its other language (`data-other`) where they differ from the page's own.
 * @example
 * passageProperties(pair, model, 'en') // => { id: 'setup.3f9a1c', 'data-other': '安装' }
 */
export function passageProperties(
	of: ShownPair | RawModel,
	skill: SkillModel,
	key: LanguageKey
): Properties {
	const raw = isRaw(of);
	const id = raw ? rawAnchors(skill).get(of) : skill.anchors.get(of);
	const words = (side: LanguageKey) => (raw ? of.text[side].text : passageText(of[side]));
	const other = words(languageKeys.find((side) => side !== key)!);
	return { id, [data.other]: other === words(key) ? undefined : other };
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
