import { perLanguage, languageKeys } from '../i18n/languages';
import { blockCodes, type BlockModel } from './blocks';
import type { PairPlace } from './pair-places';
import type { ShownPair, ShownRaw, ShownText } from './shown';

/** A side of a block of code as a text: its code is its Markdown and its plain text, its tree
 * the code itself (what a count, a list or a check reads of a text). */
function asText(raw: ShownRaw): ShownText {
	return {
		...raw,
		markdown: raw.text,
		plain: raw.text,
		tree: { type: 'root', children: [{ type: 'code', value: raw.text }] },
	};
}

/**
 * The places of a skill's pairs of code (blocks whose translation changed their comments), as
 * texts, in reading order: the status page and `npm run translations` list them with the other
 * pairs. Their anchor is their section's (a block of code has no row of its own).
 * @example
 * codePlaces(model.body, model.allSections)[0] // => { pair: { en: { markdown: '# run\nls', … }, zh: … }, section, anchor: 'setup' }
 */
export function codePlaces<S extends { id: string; heading: ShownPair; body: BlockModel[] }>(
	body: BlockModel[],
	sections: S[]
): PairPlace<S>[] {
	const places = (blocks: BlockModel[], section: S | undefined, anchor: string) =>
		blocks.flatMap(blockCodes).map((block): PairPlace<S> => {
			const pair: ShownPair = perLanguage((key) => asText(block.text[key]));
			for (const key of languageKeys)
				if (pair[key].status !== 'translated' && pair[key].status !== 'fallback')
					pair[key].original = pair[languageKeys[0]];
			return { pair, section, anchor };
		});
	return [
		...places(body, undefined, '_top'),
		...sections.flatMap((section) => places(section.body, section, section.id)),
	];
}
