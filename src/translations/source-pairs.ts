import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { languageKeys } from '../i18n/languages';
import { blockPairs } from '../model/blocks';
import type { ShownPair } from '../model/shown';
import type { SectionModel, SkillModel } from '../model/skill-model';

/** A pair's mapping in the source and the pair the model made of it. */
export interface SourcePairMap {
	map: YAMLMap;
	pair: ShownPair;
}

const textOf = (map: YAMLMap, key: string) => {
	const node = map.get(key, true);
	return isScalar(node) && typeof node.value === 'string' ? node.value.trim() : undefined;
};

/** Every mapping under a node (a heading, a body) that holds some language's text. */
function textMaps(node: unknown): YAMLMap[] {
	if (isSeq(node)) return node.items.flatMap(textMaps);
	if (!isMap(node)) return [];
	const own = languageKeys.some((key) => textOf(node, key) !== undefined) ? [node] : [];
	return [...own, ...node.items.flatMap((item) => textMaps(item.value))];
}

/**
 * The source mappings of some pairs, matched to the model's pairs by their texts: the model lists
 * the pairs (through the block registry), the source says where they are written. Pairs that
 * stand in for a missing translation have nothing of theirs to match.
 */
function matchPairs(nodes: unknown[], pairs: ShownPair[]): SourcePairMap[] {
	const maps = nodes.flatMap(textMaps);
	return pairs.flatMap((pair) => {
		if (languageKeys.some((key) => pair[key].status === 'fallback')) return [];
		const at = maps.findIndex((candidate) =>
			languageKeys.every((key) => textOf(candidate, key) === pair[key].markdown.trim())
		);
		// Each mapping once: two pairs with the same texts are two mappings.
		return at < 0 ? [] : [{ map: maps.splice(at, 1)[0]!, pair }];
	});
}

/** The source's sections, depth first, as the model lists them in `allSections`. */
function sectionNodes(node: unknown): YAMLMap[] {
	if (!isSeq(node)) return [];
	return node.items
		.filter(isMap)
		.flatMap((section) => [section, ...sectionNodes(section.get('sections', true))]);
}

/** A section's id and its subsections', at every depth. */
const subtree = (section: SectionModel): string[] => [
	section.id,
	...section.sections.flatMap(subtree),
];

/**
 * Where each pair of a skill (or of one section and its subsections) is written in its source
 * text: the YAML document, and each pair's mapping. Title and description count as the skill's,
 * not a section's. Throws when the section id is unknown.
 * @example
 * const { doc, found } = sourcePairs(text, model, 'purpose'); found[0].map.range // => [offset, …]
 */
export function sourcePairs(
	text: string,
	model: SkillModel,
	sectionId?: string
): { doc: Document; found: SourcePairMap[] } {
	if (sectionId && !model.allSections.some((section) => section.id === sectionId)) {
		const ids = model.allSections.map((section) => section.id).join(', ');
		throw new Error(`${model.name} has no section \`${sectionId}\`. Its sections: ${ids}.`);
	}
	const target = model.allSections.find((section) => section.id === sectionId);
	const chosen = new Set(target ? subtree(target) : model.allSections.map(({ id }) => id));
	const doc = parseDocument(text);
	const nodes = sectionNodes(doc.get('sections', true));
	const found: SourcePairMap[] = [
		...(target
			? []
			: matchPairs(
					[doc.get('title', true), doc.get('description', true), doc.get('body', true)],
					[
						...model.about.map(({ pair }) => pair),
						...model.body.flatMap(blockPairs),
						...model.codes.filter((place) => !place.section).map(({ pair }) => pair),
					]
				)),
		...model.allSections.flatMap((section, i) => {
			if (!chosen.has(section.id)) return [];
			const node = nodes[i]!;
			const codes = model.codes
				.filter((place) => place.section === section)
				.map(({ pair }) => pair);
			return matchPairs(
				[node.get('heading', true), node.get('body', true)],
				[section.heading, ...section.body.flatMap(blockPairs), ...codes]
			);
		}),
	];
	return { doc, found };
}

/**
 * Where each pair's translation is written in a source text, as `line:column` of its text (of
 * its original, where it has no translation), for reports that send a translator there.
 * @example
 * pairLocator(text, model)(section.heading) // => { line: 71, column: 17 }
 */
export function pairLocator(
	text: string,
	model: SkillModel
): (pair: ShownPair) => { line: number; column: number } | undefined {
	const maps = new Map(sourcePairs(text, model).found.map(({ map, pair }) => [pair, map]));
	const [original, ...translations] = languageKeys;
	return (pair) => {
		const map = maps.get(pair);
		const node = (map?.get(translations[0]!, true) ?? map?.get(original, true)) as
			{ range?: [number, number, number] } | undefined;
		const offset = node?.range?.[0];
		if (offset === undefined) return undefined;
		const before = text.slice(0, offset).split('\n');
		return { line: before.length, column: [...before.at(-1)!].length + 1 };
	};
}
