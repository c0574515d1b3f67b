// Runs in the browser (links/passage-controls.ts). A quote on a skill page is ready only once its
// translation is fetched, after the click; a browser lets a page write to the clipboard only
// during the reader's activation, which an `await` before the write would outlast.

/**
 * Writes to the clipboard what `made` will give, a text per type of `types` in that order, within
 * the click that asked for it: ClipboardItem takes promises (Chromium, Safari), so the write
 * starts now and the texts follow. Without ClipboardItem, the first text, when it is ready.
 * Rejects when the browser refuses.
 * @example
 * await copyLater(fetchQuote(), ['text/plain', 'text/html'])
 */
export async function copyLater(made: Promise<string[]>, types: string[]): Promise<void> {
	const clipboard = navigator.clipboard;
	const blob = (type: string, index: number) => [
		type,
		made.then((texts) => new Blob([texts[index]!], { type })),
	];
	await (globalThis.ClipboardItem
		? clipboard.write([new ClipboardItem(Object.fromEntries(types.map(blob)))])
		: clipboard.writeText((await made)[0]!));
}
