// Runs in the browser (links/passage-controls.ts): where a quote on a skill page finds its
// translation. A page does not carry the other language's words (that made every skill page about
// 40 % heavier, for a control few readers press); the other language's page of the same skill
// has them, under the same passage ids. It is asked for at the first quote, not at page load, and
// kept for the page's lifetime.

/**
 * A lookup of the passages of the page at `path` (the other language's page of this skill, from
 * the page's own config, so always a path of this origin): the first call fetches and parses it,
 * later ones reuse it. It gives no element when the page cannot be had (offline, a redirect to
 * another origin), is not that page (an error's) or has no passage with that id; after a failed
 * fetch the next call tries again.
 * @example
 * const theirs = counterparts('/zh-cn/skills/mlops-engineer/');
 * await theirs('capabilities.3f9a1c') // => <li id="capabilities.3f9a1c">…</li> of the Chinese page
 * await theirs('capabilities.000000') // => null
 */
export function counterparts(path: string): (id: string) => Promise<HTMLElement | null | void> {
	let page: Promise<Document> | undefined;
	return (id) =>
		// `same-origin`: the words put in the reader's clipboard come from this site's own pages.
		// An error's page (a 404) has no passage ids, so it gives no element either.
		(page ??= fetch(path, { mode: 'same-origin' })
			.then((response) => response.text())
			.then((html) => new DOMParser().parseFromString(html, 'text/html'))).then(
			(other) => other.getElementById(id),
			() => {
				page = undefined;
			}
		);
}
