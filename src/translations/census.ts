import { languageKeys, type LanguageKey } from '../i18n/languages';
import type { PairPlace } from '../model/pair-places';
import type { ShownText } from '../model/shown';
import type { SectionModel, SkillModel } from '../model/skill-model';
import { translationKeys } from '../schema/fingerprint';

/** How a pair stands in one translation: the states a status page counts, in its order. */
export const pairStates = ['translated', 'machine', 'review', 'outdated', 'untranslated'] as const;
export type PairState = (typeof pairStates)[number];

/** A translation that needs a translator: outdated, flagged by the checks, or machine-made and
 * not reviewed. */
export interface OpenTranslation {
	place: PairPlace<SectionModel>;
	/** The language of the translation. */
	key: LanguageKey;
	shown: ShownText & { status: OpenStatus; original: ShownText };
}

/** The statuses a translator has to act on. */
export type OpenStatus = 'outdated' | 'review' | 'machine';
const isOpen = (status: string): status is OpenStatus =>
	status === 'outdated' || status === 'review' || status === 'machine';

/** One skill's translations, counted and listed. */
export interface SkillCensus {
	model: SkillModel;
	/** How many pairs are in each state, per translation language summed. */
	counts: Record<PairState, number>;
	total: number;
	/** The outdated, flagged and unreviewed translations, in reading order. */
	open: OpenTranslation[];
}

/**
 * The state of a pair in one translation: untranslated while either side stands in for the
 * other, else the translation's own status (decided in model/shown.ts).
 * @example
 * pairState(showPair({ en: 'New', zh: '旧', zhOf: '00000000' }), 'zh') // => 'outdated'
 */
function pairState(place: PairPlace['pair'], key: LanguageKey): PairState {
	if (languageKeys.some((side) => place[side].status === 'fallback')) return 'untranslated';
	const { status } = place[key];
	return status === 'fallback' ? 'untranslated' : status;
}

/**
 * The sections from the top down to each section, by id: `Capabilities › AWS MLOps Stack`.
 * @example
 * sectionTrails(model).get('aws-mlops-stack')!.map((s) => s.heading.en.plain) // => ['Capabilities', 'AWS MLOps Stack']
 */
export function sectionTrails(model: SkillModel): Map<string, SectionModel[]> {
	const trails = new Map<string, SectionModel[]>();
	const walk = (sections: SectionModel[], above: SectionModel[]) => {
		for (const section of sections) {
			trails.set(section.id, [...above, section]);
			walk(section.sections, [...above, section]);
		}
	};
	walk(model.sections, []);
	return trails;
}

/**
 * Counts a skill's pairs by state and lists those a translator has to look at.
 * @example
 * census(skillModel(skill)).counts // => { translated: 181, machine: 0, outdated: 1, untranslated: 0 }
 */
export function census(model: SkillModel): SkillCensus {
	const counts = Object.fromEntries(pairStates.map((state) => [state, 0])) as SkillCensus['counts'];
	const open: OpenTranslation[] = [];
	for (const place of [...model.about, ...model.pairs, ...model.codes]) {
		for (const key of translationKeys) {
			const state = pairState(place.pair, key);
			counts[state] += 1;
			const shown = place.pair[key];
			if (isOpen(state) && shown.original)
				open.push({ place, key, shown: shown as OpenTranslation['shown'] });
		}
	}
	const pairs = model.about.length + model.pairs.length + model.codes.length;
	return { model, counts, total: pairs * translationKeys.length, open };
}
