import { expect, type Locator, type Page } from '@playwright/test';
import type { LanguageKey } from '../../../src/i18n/languages';
import { t } from '../../../src/i18n/ui';
import { skillPath } from '../../../src/navigation/paths';
import type { CompareView as Mode } from '../../../src/compare/view-state';

/** A skill's compare view, as a reader sees and uses it. */
export class CompareView {
	readonly root: Locator;
	/** Every aligned pair: heading rows, list items, paragraphs (not the column legend). */
	readonly pairs: Locator;

	constructor(
		readonly page: Page,
		readonly name: string,
		/** The interface language. */
		readonly ui: LanguageKey
	) {
		this.root = page.locator('skill-compare');
		this.pairs = this.root.locator('.pair:not(.pair--legend)');
	}

	get path(): string {
		return skillPath(this.name, this.ui, '/', 'compare');
	}

	async goto(query = '', hash = '') {
		await this.page.goto(this.path + query + hash);
	}

	/** The cells of one language, in order. */
	cells(side: LanguageKey): Locator {
		return this.root.locator(`.cell[data-side="${side}"]`);
	}

	row(id: string): Locator {
		return this.root.locator(`[id="${id}"]`);
	}

	/** The visible text of one language's cells. */
	async texts(side: LanguageKey): Promise<string[]> {
		return (await this.cells(side).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
	}

	modeChoice(mode: Mode): Locator {
		return this.root.getByRole('radio', { name: t(this.ui)(`compare.view.${mode}`), exact: true });
	}

	swapChoice(): Locator {
		return this.root.getByRole('checkbox', { name: t(this.ui)('compare.swap') });
	}

	async choose(mode: Mode) {
		await this.modeChoice(mode).check();
		await expect(this.modeChoice(mode)).toBeChecked();
	}

	/** Top and left of both cells of each pair, for alignment checks. */
	async pairBoxes() {
		return this.pairs.evaluateAll((pairs) =>
			pairs.map((pair) => {
				const box = (side: string) =>
					pair.querySelector(`:scope > .cell[data-side="${side}"]`)?.getBoundingClientRect();
				const [en, zh] = [box('en'), box('zh')];
				return {
					text: (pair.textContent ?? '').trim().slice(0, 40),
					en: en && { top: en.top, left: en.left, bottom: en.bottom, visible: en.height > 0 },
					zh: zh && { top: zh.top, left: zh.left, bottom: zh.bottom, visible: zh.height > 0 },
				};
			})
		);
	}
}
