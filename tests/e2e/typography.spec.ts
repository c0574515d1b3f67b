import { expect, test, type Locator } from '@playwright/test';
import { skillPath } from '../../src/navigation/paths';

const name = 'mlops-engineer';
const cjkFonts = [
	'PingFang SC',
	'Hiragino Sans GB',
	'Microsoft YaHei',
	'Noto Sans CJK SC',
	'Source Han Sans SC',
];

/** The fonts the browser actually drew an element's text with (Chrome DevTools Protocol). */
async function fontsUsed(locator: Locator): Promise<string[]> {
	const session = await locator.page().context().newCDPSession(locator.page());
	await session.send('DOM.enable');
	await session.send('CSS.enable');
	const { root } = await session.send('DOM.getDocument', { depth: -1 });
	const handle = await locator.evaluate((el) => {
		el.setAttribute('data-probe', '');
		return true;
	});
	expect(handle).toBe(true);
	const { nodeId } = await session.send('DOM.querySelector', {
		nodeId: root.nodeId,
		selector: '[data-probe]',
	});
	const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
	await locator.evaluate((el) => el.removeAttribute('data-probe'));
	return fonts.map((font) => font.familyName);
}

const style = (locator: Locator) =>
	locator.evaluate((el) => {
		const s = getComputedStyle(el);
		return {
			fontFamily: s.fontFamily,
			lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
			autospace: (s as CSSStyleDeclaration & { textAutospace?: string }).textAutospace,
			supportsAutospace: CSS.supports('text-autospace', 'normal'),
		};
	});

test('Chinese text is set in a Chinese font found on every system, with room between lines', async ({
	page,
}) => {
	await page.goto(skillPath(name, 'zh'));
	const item = page.getByRole('listitem').filter({ hasText: '基于Kubeflow Pipelines实现' });
	const { fontFamily, lineHeight, autospace, supportsAutospace } = await style(item);
	for (const font of cjkFonts) expect(fontFamily).toContain(font);
	expect(fontFamily.startsWith('"PingFang SC"')).toBe(true);
	expect(lineHeight).toBeGreaterThanOrEqual(1.75);
	if (supportsAutospace) expect(autospace).toBe('normal');
	// Drawn with a CJK font, not boxes or a Japanese fallback.
	expect(
		(await fontsUsed(item)).some((font) =>
			/CJK SC|PingFang|YaHei|Hiragino Sans GB|Source Han Sans SC/.test(font)
		)
	).toBe(true);
});

test('English text keeps Starlight’s Latin fonts, also inside a Chinese page', async ({ page }) => {
	await page.goto(skillPath(name, 'zh', '/', 'compare'));
	const english = page.locator('.cell[lang="en"]').filter({ hasText: 'Kubeflow Pipelines for' });
	const chinese = page
		.locator('.cell[lang="zh-CN"]')
		.filter({ hasText: '基于Kubeflow Pipelines实现' });
	const en = await style(english);
	expect(en.fontFamily.startsWith('"PingFang SC"')).toBe(false);
	if (en.supportsAutospace) expect(en.autospace).not.toBe('normal');
	expect((await style(chinese)).fontFamily.startsWith('"PingFang SC"')).toBe(true);
	expect(await fontsUsed(english)).not.toContain('Noto Sans CJK SC');
});
