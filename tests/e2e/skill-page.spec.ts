import { expect, test } from '@playwright/test';
import { languageKeys, languages } from '../../src/i18n/languages';
import { SkillPage } from './pages/skill-page';
import { loadModel } from '../support/skills';
import { pageTexts } from '../support/texts';

const skill = loadModel('mlops-engineer');

for (const key of languageKeys) {
	const { lang } = languages[key];

	test.describe(`the ${languages[key].name} page`, () => {
		test('has its language, title and description', async ({ page }) => {
			const skillPage = new SkillPage(page, skill.name, key);
			await skillPage.goto();
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page).toHaveTitle(
				`${skill.title[key].text} | ${key === 'en' ? 'Bilingual Skills' : '双语技能文档'}`
			);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(skill.title[key].text);
			await expect(page.locator('meta[name="description"]')).toHaveAttribute(
				'content',
				skill.description[key].text
			);
		});

		test('shows every heading, list item and paragraph of the source, in order, in its language only', async ({
			page,
		}) => {
			const skillPage = new SkillPage(page, skill.name, key);
			await skillPage.goto();
			expect(await skillPage.blockTexts()).toEqual(pageTexts(skill, key));
		});

		test('gives every section the id of its English heading', async ({ page }) => {
			const skillPage = new SkillPage(page, skill.name, key);
			await skillPage.goto();
			for (const section of skill.allSections) {
				await expect(skillPage.section(section.id)).toHaveText(section.heading[key].plain);
				await expect(skillPage.section(section.id)).toHaveJSProperty(
					'tagName',
					`H${section.depth}`
				);
			}
			await expect(
				skillPage.section('ml-pipeline-orchestration--workflow-management')
			).toBeVisible();
		});

		test('lists the sections in its language in the sidebar and “On this page”', async ({
			page,
		}) => {
			const skillPage = new SkillPage(page, skill.name, key);
			await skillPage.goto();
			const sidebar = page.getByRole('navigation', { name: key === 'zh' ? '主要' : 'Main' });
			const toc = page.getByRole('navigation', {
				name: key === 'zh' ? '本页内容' : 'On this page',
			});
			for (const section of skill.sections) {
				await expect(
					sidebar.getByRole('link', { name: section.heading[key].plain, exact: true })
				).toHaveAttribute('href', `${skillPage.path}#${section.id}`);
			}
			for (const section of skill.allSections) {
				await expect(
					toc.getByRole('link', { name: section.heading[key].plain, exact: true })
				).toHaveAttribute('href', `#${section.id}`);
			}
		});
	});
}

test('the Chinese page speaks Chinese in Starlight’s interface', async ({ page }) => {
	await new SkillPage(page, skill.name, 'zh').goto();
	await expect(page.getByRole('button', { name: '搜索' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '本页内容' })).toBeVisible();
	await expect(page.getByRole('link', { name: '“能力范围”一节的链接' })).toHaveAttribute(
		'href',
		'#capabilities'
	);
});

test('a Chinese page opened with an English section id scrolls to that section', async ({
	page,
}) => {
	const zh = new SkillPage(page, skill.name, 'zh');
	await zh.goto('#aws-mlops-stack');
	await expect(zh.section('aws-mlops-stack')).toHaveText('AWS MLOps技术栈');
	await zh.expectAtTop('aws-mlops-stack');
});

test('Starlight’s language picker moves between the two pages, keeping the section', async ({
	page,
}) => {
	const en = new SkillPage(page, skill.name, 'en');
	await en.goto('#capabilities');
	const zh = await en.switchTo('zh');
	await expect(page).toHaveURL(/\/zh-cn\/skills\/mlops-engineer\/#capabilities$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await zh.expectAtTop('capabilities');
	await zh.switchTo('en');
	await expect(page).toHaveURL(/\/skills\/mlops-engineer\/#capabilities$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
