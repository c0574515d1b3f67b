/**
 * What searching takes, loaded when the reader first reaches for the search, not on every page
 * view: both languages' indexes, the query's steps, the result list and the dictionary.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import type { SearchStrings } from '../markup';
import type { ListElements } from './result-list';
import type { SearchContext } from './results';

/**
 * The search's parts, loaded; the indexes are ready to search when it resolves.
 * @example
 * const { find, results } = await engine('en', '/', { list, status, more }, strings);
 */
export async function engine(
	reader: SearchContext['reader'],
	base: string,
	elements: ListElements,
	strings: SearchStrings
) {
	const [{ bothIndexes }, { find, widen }, { ResultList, batch }, { preloadWords }] =
		await Promise.all([
			import('./pagefind'),
			import('./results'),
			import('./result-list'),
			import('./dictionary'),
		]);
	const context: SearchContext = {
		index: await bothIndexes(base, pagefindUserConfig.ranking),
		base,
		reader,
	};
	const results = new ResultList(elements, strings, context);
	return { context, find, widen, results, batch, preloadWords };
}
