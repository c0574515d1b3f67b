import { expect, test } from '@playwright/test';
import { languageKeys, languages } from '../../src/i18n/languages';
import { skillPath, localizedPath } from '../../src/navigation/paths';
import { loadModel } from '../support/skills';

const skill = loadModel('mlops-engineer');

for (const key of languageKeys) {
	test(`the ${languages[key].name} home page lists the skills in its language`, async ({
		page,
	}) => {
		await page.goto(localizedPath('/', key));
		await expect(page.locator('html')).toHaveAttribute('lang', languages[key].lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			key === 'en' ? 'Bilingual Skills' : '双语技能文档'
		);
		const card = page.getByRole('listitem').filter({ hasText: skill.name });
		await expect(card.getByRole('heading', { name: skill.title[key].text })).toBeVisible();
		await expect(card.getByText(skill.description[key].text)).toBeVisible();
		await card.getByRole('link', { name: skill.title[key].text }).click();
		await expect(page).toHaveURL(skillPath(skill.name, key));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(skill.title[key].text);
	});
}
