import { languageKeys, perLanguage, roleOf } from '../i18n/languages';

/** The compare view's modes, as `?view=` names them; the first is the default. A language's key
 * is the mode that shows only that language. */
export const compareViews = ['side-by-side', 'interleaved', ...languageKeys] as const;
export type CompareView = (typeof compareViews)[number];

/**
 * The role of the side a one-language mode shows, as `data-compare-only` names it for the CSS,
 * which knows sides by role and not by language.
 * @example
 * onlyRoles.zh // => 'translation'
 */
export const onlyRoles: Partial<Record<string, string>> = perLanguage(roleOf);

/** Where the reader's choice is remembered. */
export const storageKeys = { view: 'skills:compare-view', swap: 'skills:compare-swap' } as const;

/**
 * Below this width the columns are too narrow to read side by side: the `--narrow` custom media
 * query of styles/breakpoints.css, which the CSS uses (a unit test keeps the two equal; importing
 * the stylesheet here would ship its text to the browser).
 */
export const narrowQuery = '(max-width: 50rem)';

export interface ViewState {
	/** The mode the reader chose: from the URL, else remembered, else side by side. */
	view: CompareView;
	/** Chinese first. */
	swap: boolean;
	/** The mode shown: side by side is shown interleaved on a narrow screen. */
	shown: CompareView;
}

/**
 * The compare view's state from the URL and the remembered choice. Self-contained (no imports,
 * no outer names) because it is also inlined into the page's `<head>`, where it sets the mode
 * before the first paint so the page never shifts. The query and the stored values are the
 * browser's: anything but a known mode, or `'1'` for swapped, counts as not given.
 * @example
 * readViewState('?view=zh', { view: 'interleaved', swap: '1' }, false, ['side-by-side', 'interleaved', 'en', 'zh'])
 * // => { view: 'zh', swap: true, shown: 'zh' }
 * readViewState('', { view: null, swap: null }, true, ['side-by-side', 'interleaved', 'en', 'zh'])
 * // => { view: 'side-by-side', swap: false, shown: 'interleaved' }
 * readViewState('?view=%00', { view: 42, swap: {} }, false, ['side-by-side', 'interleaved', 'en', 'zh'])
 * // => { view: 'side-by-side', swap: false, shown: 'side-by-side' }
 */
export function readViewState(
	search: unknown,
	stored: { view: unknown; swap: unknown } | null,
	narrow: boolean,
	views: readonly string[]
): ViewState {
	// A string only: URLSearchParams would read an object's keys as parameters.
	const params = new URLSearchParams(typeof search === 'string' ? search : '');
	const known = (value: unknown) => typeof value === 'string' && views.includes(value);
	const fromUrl = params.get('view');
	const view = (
		known(fromUrl) ? fromUrl : known(stored?.view) ? stored!.view : views[0]
	) as CompareView;
	const swap = (params.has('swap') ? params.get('swap') : stored?.swap) === '1';
	const shown = (narrow && view === views[0] ? views[1] : view) as CompareView;
	return { view, swap, shown };
}

/**
 * The URL query for a state: empty for the default, so plain links stay plain.
 * @example
 * viewQuery('?x=1', { view: 'interleaved', swap: true }) // => '?x=1&view=interleaved&swap=1'
 * viewQuery('?view=en', { view: 'side-by-side', swap: false }) // => ''
 */
export function viewQuery(search: string, { view, swap }: { view: CompareView; swap: boolean }) {
	const params = new URLSearchParams(search);
	if (view === compareViews[0]) params.delete('view');
	else params.set('view', view);
	if (swap) params.set('swap', '1');
	else params.delete('swap');
	const query = params.toString();
	return query ? `?${query}` : '';
}
