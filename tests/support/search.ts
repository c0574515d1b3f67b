import { expect, type Locator, type Page } from '@playwright/test';
import { perLanguage, type LanguageKey } from '../../src/i18n/languages';
import { skillPath } from '../../src/navigation/paths';
import { data, names } from '../../src/views/names';

/** The search box's name in each language: Starlight's `search.label`. */
export const searchLabel = perLanguage((key) => ({ en: 'Search', zh: '搜索' })[key]);

/**
 * Where a result card links for a section of a skill, in the reader's language.
 * @example
 * sectionHref('mlops-engineer', 'capabilities', 'zh') // => '/zh-cn/skills/mlops-engineer/#capabilities'
 */
export function sectionHref(skill: string, section: string, key: LanguageKey): string {
	return `${skillPath(skill, key)}#${section}`;
}

/** The search dialog of a page in one language, as a reader finds it: by its role and name. */
export class SearchDialog {
	readonly button: Locator;
	readonly dialog: Locator;
	readonly input: Locator;
	readonly status: Locator;
	readonly cards: Locator;
	readonly page: Page;

	constructor(page: Page, key: LanguageKey) {
		this.page = page;
		this.button = page.getByRole('button', { name: searchLabel[key] });
		this.dialog = page.getByRole('dialog', { name: searchLabel[key] });
		this.input = this.dialog.getByRole('textbox');
		this.status = this.dialog.getByRole('status');
		this.cards = this.dialog.locator(`.${names.searchCard}`);
	}

	async open(): Promise<void> {
		await this.button.click();
		await expect(this.input).toBeFocused();
	}

	/** Searches and waits for the results of this query (the status names it once they are
	 * drawn), all of them: the list is busy while cards' other halves and the dictionary's come. */
	async search(query: string): Promise<void> {
		await this.input.fill(query);
		await this.settled(query);
	}

	/** Waits until the results of this query are all drawn. */
	async settled(query: string): Promise<void> {
		await expect(this.status).toContainText(query);
		await expect(this.dialog.getByRole('list')).not.toHaveAttribute('aria-busy');
	}

	/** The links of the first `count` cards. */
	async links(count = 5): Promise<string[]> {
		return (
			await this.cards
				.locator(`.${names.searchLink}`)
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
		).slice(0, count);
	}

	/** The card that links to a section, with its halves: the one that matched first. */
	card(href: string): { card: Locator; matched: Locator; halves: Locator } {
		const card = this.cards.filter({ has: this.page.locator(`a[href="${href}"]`) }).first();
		const halves = card.locator(`.${names.searchHalf}`);
		return { card, halves, matched: card.locator(`[${data.matched}]`) };
	}
}

/**
 * Slows the page's CPU down `rate` times, as Lighthouse does to stand for a mid-range phone.
 * @example
 * await throttleCpu(page, 4);
 */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
	const session = await page.context().newCDPSession(page);
	await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Types a query into the search field a key at a time, `delay` ms apart (or pastes it whole),
 * and returns the time from its last key press to the first result card of the whole query on
 * the screen, in ms as the page measured it. The page tells when the card is there: polling for
 * it with locators would compute the roles of the whole page on the throttled main thread, again
 * and again, and slow down the very search it times.
 * @example
 * await timeToResults(search, 'kubernetes', 120) // => 184.2
 */
export async function timeToResults(
	search: SearchDialog,
	query: string,
	delay: number | 'paste'
): Promise<number> {
	await search.input.fill('');
	await search.page.evaluate(
		({ cardClass, statusSelector, query }) => {
			const w = window as unknown as { lastKey: number; shown: Promise<number> };
			const controller = new AbortController();
			// Each key typed is an input event (a Chinese character is typed without a keydown).
			addEventListener('input', () => void (w.lastKey = performance.now()), {
				capture: true,
				signal: controller.signal,
			});
			const status = document.querySelector(statusSelector)!;
			w.shown = new Promise((resolve) => {
				const observer = new MutationObserver(() => {
					if (!status.textContent?.includes(query) || !document.querySelector(`.${cardClass}`))
						return;
					resolve(performance.now());
					observer.disconnect();
					controller.abort();
				});
				observer.observe(status, { childList: true, characterData: true, subtree: true });
			});
		},
		{ cardClass: names.searchCard, statusSelector: `.${names.searchStatus}`, query }
	);
	if (delay === 'paste') await search.input.fill(query);
	else await search.input.pressSequentially(query, { delay });
	const time = await search.page.evaluate(async () => {
		const w = window as unknown as { lastKey: number; shown: Promise<number> };
		return (await w.shown) - w.lastKey;
	});
	await expect(search.status).toContainText(query);
	await expect(search.cards.first()).toBeVisible();
	return time;
}
