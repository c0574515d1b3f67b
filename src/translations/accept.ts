import { isMap, isScalar, isSeq, parseDocument, stringify, type YAMLMap } from 'yaml';
import { languageKeys } from '../i18n/languages';
import { blockPairs } from '../model/blocks';
import type { ShownPair } from '../model/shown';
import type { SectionModel, SkillModel } from '../model/skill-model';
import { fingerprint, fingerprintKey, machineKey, translationKeys } from '../schema/fingerprint';
import { sourceEdits, type Edit } from './source-edits';

/** What to accept: a whole skill, or one section (with its subsections). */
export interface AcceptScope {
	sectionId?: string | undefined;
}

/** A pair's mapping in the source and the pair the model made of it. */
interface Found {
	map: YAMLMap;
	pair: ShownPair;
}

const original = languageKeys[0];
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
 * The source mappings of a section's pairs (or of the skill's top body), matched to the model's
 * pairs by their texts: the model lists the pairs (through the block registry), the source says
 * where they are written.
 */
function matchPairs(nodes: unknown[], pairs: ShownPair[]): Found[] {
	const maps = nodes.flatMap(textMaps);
	return pairs.flatMap((pair) => {
		if (languageKeys.some((key) => pair[key].status === 'fallback')) return [];
		const at = maps.findIndex((candidate) =>
			languageKeys.every((key) => textOf(candidate, key) === pair[key].markdown)
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
 * Records that the translations of a skill (or of one section and its subsections) have been
 * reviewed against the original as it is now: each pair's fingerprint is set to its original's,
 * and `machine: true` is removed. Only those lines change; the file's comments, quoting and layout
 * stay as they were. Throws when the section id is unknown.
 * @example
 * acceptTranslations(text, model, { sectionId: 'purpose' }) // => { text: '…zhOf: 1a2b3c4d…', accepted: 2 }
 */
export function acceptTranslations(
	text: string,
	model: SkillModel,
	{ sectionId }: AcceptScope = {}
): { text: string; accepted: number } {
	if (sectionId && !model.allSections.some((section) => section.id === sectionId)) {
		const ids = model.allSections.map((section) => section.id).join(', ');
		throw new Error(`${model.name} has no section \`${sectionId}\`. Its sections: ${ids}.`);
	}
	const target = model.allSections.find((section) => section.id === sectionId);
	const chosen = new Set(target ? subtree(target) : model.allSections.map(({ id }) => id));
	const doc = parseDocument(text);
	const nodes = sectionNodes(doc.get('sections', true));
	const found: Found[] = [
		...(target ? [] : matchPairs([doc.get('body', true)], model.body.flatMap(blockPairs))),
		...model.allSections.flatMap((section, i) => {
			if (!chosen.has(section.id)) return [];
			const node = nodes[i]!;
			return matchPairs(
				[node.get('heading', true), node.get('body', true)],
				[section.heading, ...section.body.flatMap(blockPairs)]
			);
		}),
	];
	const edits: Edit[] = found.flatMap(({ map }) => {
		const current = fingerprint(textOf(map, original)!);
		return [
			...translationKeys.flatMap((key) =>
				sourceEdits.set(text, map, fingerprintKey(key), key, stringify(current).trim())
			),
			...sourceEdits.remove(text, map, machineKey),
		];
	});
	return { text: sourceEdits.apply(text, edits), accepted: found.length };
}
