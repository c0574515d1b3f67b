import { expect, type Locator, type Page } from '@playwright/test';
import { languages, type LanguageKey } from '../../../src/i18n/languages';
import { skillPath } from '../../../src/navigation/paths';

/** A skill's single-language page, as a reader sees it. */
export class SkillPage {
	readonly content: Locator;

	constructor(
		readonly page: Page,
		readonly name: string,
		readonly key: LanguageKey
	) {
		this.content = page.locator('.sl-markdown-content');
	}

	get path(): string {
		return skillPath(this.name, this.key);
	}

	async goto(hash = '') {
		await this.page.goto(this.path + hash);
	}

	/** Headings, list items and paragraphs of the content, in order, as their visible text. */
	async blockTexts(): Promise<string[]> {
		const texts = await this.content.locator('h2, h3, h4, h5, h6, li, p').allInnerTexts();
		return texts.map((text) => text.replace(/\s+/g, ' ').trim());
	}

	/** The section heading with this id. */
	section(id: string): Locator {
		return this.content.locator(`[id="${id}"]`);
	}

	languagePicker(): Locator {
		return this.page.getByRole('banner').getByRole('combobox', {
			name: this.key === 'zh' ? '选择语言' : 'Select language',
		});
	}

	/** Picks the other language in Starlight's language picker and waits for its page. */
	async switchTo(key: LanguageKey) {
		await this.languagePicker().selectOption({ label: languages[key].label });
		await this.page.waitForURL((url) => url.pathname.startsWith(skillPath(this.name, key)));
		return new SkillPage(this.page, this.name, key);
	}

	/** Whether the section's heading is at the top of the viewport, below the fixed header. */
	async expectAtTop(id: string) {
		await expect
			.poll(async () =>
				this.section(id).evaluate((el) => Math.round(el.getBoundingClientRect().top))
			)
			.toBeGreaterThanOrEqual(0);
		const top = await this.section(id).evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeLessThan(200);
	}
}
