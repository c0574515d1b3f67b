import { isMap, parseDocument, visit, type Document, type YAMLMap } from 'yaml';
import { languageKeys } from '../i18n/languages';
import type { ShownPair } from '../model/shown';
import type { SectionModel, SkillModel } from '../model/skill-model';
import type { SourcePoint } from '../schema/pair';

// Every pair knows where it is written (source/pair-locations.ts records it when the source is
// read): the reports cite it, and `--accept` finds there the mapping whose lines it edits.

/** A pair's mapping in the source and the pair the model made of it. */
export interface SourcePairMap {
	map: YAMLMap;
	pair: ShownPair;
}

/** A section's id and its subsections', at every depth. */
const subtree = (section: SectionModel): string[] => [
	section.id,
	...section.sections.flatMap(subtree),
];

/** The pairs of a skill, or of one section and its subsections (title and description are the
 * skill's, not a section's), code included; throws when the section id is unknown. */
function pairsIn(model: SkillModel, sectionId: string | undefined): ShownPair[] {
	if (sectionId === undefined)
		return [...model.about, ...model.pairs, ...model.codes].map(({ pair }) => pair);
	const target = model.allSections.find((section) => section.id === sectionId);
	if (!target) {
		const ids = model.allSections.map((section) => section.id).join(', ');
		throw new Error(`${model.name} has no section \`${sectionId}\`. Its sections: ${ids}.`);
	}
	const chosen = new Set(subtree(target));
	return [...model.pairs, ...model.codes]
		.filter(({ section }) => section && chosen.has(section.id))
		.map(({ pair }) => pair);
}

/**
 * Where each pair of a skill (or of one section and its subsections) is written in its source
 * text, as read by `model`: the YAML document, and each pair's mapping, but for pairs that stand
 * in for a missing translation. Throws when the section id is unknown.
 * @example
 * const { doc, found } = sourcePairs(text, model, 'purpose'); found[0].map.range // => [offset, …]
 */
export function sourcePairs(
	text: string,
	model: SkillModel,
	sectionId?: string
): { doc: Document; found: SourcePairMap[] } {
	const pairs = pairsIn(model, sectionId);
	const doc = parseDocument(text);
	const starts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
	const maps = new Map<number, YAMLMap>();
	visit(doc, {
		Map: (_, node) => {
			if (node.range) maps.set(node.range[0], node);
		},
	});
	const found = pairs.flatMap((pair) => {
		// A pair that stands in for a missing translation has no translation to accept.
		if (languageKeys.some((key) => pair[key].status === 'fallback')) return [];
		const at = pair[languageKeys[0]].at;
		const map = at && maps.get(starts[at.line - 1]! + at.column - 1);
		return map && isMap(map) ? [{ map, pair }] : [];
	});
	return { doc, found };
}

/**
 * Where a pair's translation is written, as `line:column` of its text (of its original, where it
 * has no translation; of its mapping, where it has neither), for reports that send a translator
 * there.
 * @example
 * pairLocation(section.heading) // => { line: 71, column: 17 }
 */
export function pairLocation(pair: ShownPair): SourcePoint | undefined {
	const at = pair[languageKeys[0]].at;
	if (!at) return undefined;
	const [original, ...translations] = languageKeys;
	return translations.map((key) => at.texts[key]).find(Boolean) ?? at.texts[original] ?? at;
}
