/**
 * The searches a language's index answered, kept for the page's life (the latest two hundred):
 * as the reader types “kubernetes deployment”, “kubernetes” is searched again at every key, and
 * a dictionary's translations at every key of their word. Asked again, a search is answered at
 * once, with the same results. Each result Pagefind gives is an object whose page data its worker
 * keeps until the object is collected, and then tells the worker, a message for each result: on
 * a slow phone, those messages of thousands of results took hundreds of ms of the main thread,
 * at whatever moment the garbage was collected, often the reader's last key.
 */
import type { PagefindFilters, PagefindIndex, PagefindResult } from './pagefind';

/** Searches kept: more than a long query's words and translations, as it is typed and again. */
const kept = 200;

type Answer = Promise<{ results: PagefindResult[] }>;

/**
 * An index's `search`, answered from the searches it already answered when it can.
 * @example
 * const search = cachedSearch(index);
 * (await search('deploy')) === (await search('deploy')) // => true
 */
export function cachedSearch(index: PagefindIndex) {
	const answers = new Map<string, Answer>();
	return (term: string | null, options: { filters?: PagefindFilters } = {}): Answer => {
		const key = JSON.stringify([term, options.filters ?? {}]);
		let answer = answers.get(key);
		if (answer) answers.delete(key);
		else
			answer = index.search(term, options).then(
				({ results }) => ({ results }),
				(error: unknown) => {
					// A search that failed (the index's chunk did not come) is asked again next time.
					answers.delete(key);
					throw error;
				}
			);
		// The latest used last: the oldest is the first let go.
		answers.set(key, answer);
		if (answers.size > kept) answers.delete(answers.keys().next().value!);
		return answer;
	};
}
