/**
 * The site's own check of a pair, as the benchmark runs checks: what the model's checks find in
 * the pair among its neighbours in its skill (src/checks/skill-checks.ts, as src/model/ runs them
 * on every skill), by the status they give the Chinese (src/model/shown.ts).
 *   npm run benchmark:pair-check -- --check scripts/pair-check/site-check.ts#siteCheck
 */
import '../lib/resolve-ts.ts';
import type { PairCheck } from './pair.ts';
import type { SetPair } from './sets.ts';

const { realPairs, seedPairs } = await import('./sets.ts');
const { checkPairs } = await import('../../src/checks/skill-checks.ts');
type CheckedText = import('../../src/checks/skill-checks.ts').CheckedText;

/** The pairs of each set's skills, by skill, in reading order: a pair's neighbours. */
const bySkill = new Map<string, SetPair[]>();
for (const pair of [...seedPairs(), ...realPairs()])
	bySkill.set(pair.skill, [...(bySkill.get(pair.skill) ?? []), pair]);

const kindOf = (pair: SetPair): CheckedText['kind'] =>
	pair.kind === 'heading' || pair.kind === 'title'
		? 'heading'
		: pair.kind === 'code block'
			? 'code'
			: 'text';

/**
 * What the site finds in a pair, among its skill's other pairs as they are: nothing for a
 * translation it takes as it is. (HTML blocks are not checked.)
 * @example
 * siteCheck({ kind: 'paragraph', en: 'Wait 30 s', zh: '等待 45 秒', at: 'x:1', skill: 'x', index: 3 }) // => [{ rule: 'number' }]
 */
export const siteCheck: PairCheck = (checked) => {
	const pair = checked as SetPair;
	if (pair.kind === 'html block') return [];
	const skill = bySkill.get(pair.skill) ?? [];
	const texts: CheckedText[] = skill.map((other) => {
		const own = other.index === pair.index && other.at === pair.at;
		const text = own ? pair : other;
		return {
			pair: text,
			en: text.en,
			zh: text.zh,
			kind: kindOf(text),
			lang: text.lang,
			alone: text.kind === 'title' || text.kind === 'description',
		};
	});
	if (!skill.some((other) => other.at === pair.at))
		texts.push({ pair, en: pair.en, zh: pair.zh, kind: kindOf(pair), lang: pair.lang });
	const mine = texts.find((text) => text.pair === pair)!;
	return (checkPairs(texts).get(mine.pair) ?? []).map(({ rule }) => ({ rule }));
};
