/**
 * The English words a search can find on the site, by the dictionary's roots: what a Chinese
 * word may be expanded to. A word of a query that no page has finds nothing and costs the reader
 * a chunk of the index, so the search's dictionary (bridge.ts) only offers words of the site.
 */
import { englishWords } from '../../lexicon/english';
import { englishSide } from '../../lexicon/sides';
import type { SkillModel } from '../../model/skill-model';

/** The English texts of a skill: its title, description, category and every pair written in English. */
function englishTexts(skill: SkillModel): string[] {
	const shown = [
		skill.title.en,
		skill.description.en,
		...(skill.category ? [skill.category.en] : []),
	];
	return [
		...shown.filter((text) => text.key === 'en').map((text) => text.text),
		...skill.pairs.filter(({ pair }) => pair.en.key === 'en').map(({ pair }) => pair.en.markdown),
	];
}

const plainWord = /^[a-z][a-z0-9-]*$/;

/**
 * For each dictionary root the site's English uses, the shortest word of the site that has it
 * ("deploy" for deploy, deployment, deploying): a search for that word finds the others too, as
 * Pagefind stems a query's words and matches them as prefixes.
 * @example
 * siteVocabulary([mlops]).get(lexicon().stem.get('deploy')!) // => 'deploy'
 */
export function siteVocabulary(skills: readonly SkillModel[]): Map<number, string> {
	const words = new Set<string>();
	for (const skill of skills)
		for (const word of englishWords(englishTexts(skill).join('\n'))) words.add(word);
	const shortest = new Map<number, string>();
	for (const word of words) {
		// “doesn't” and “it's” say nothing a reader searches for, and a word is a query's term.
		if (!plainWord.test(word)) continue;
		const { roots } = englishSide(word);
		// A compound ("heatmap": heat, map) stands for neither of its parts.
		if (roots.size !== 1) continue;
		const [root] = roots as Set<number>;
		const known = shortest.get(root!);
		if (!known || word.length < known.length || (word.length === known.length && word < known))
			shortest.set(root!, word);
	}
	return shortest;
}
