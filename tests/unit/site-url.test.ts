import { expect, test } from 'vitest';
import { defaultSiteUrl, siteUrlWarning } from '../../src/site';

test('a build without SITE_URL is warned, with what to set and an example', () => {
	for (const env of [{}, { SITE_URL: '' }, { SITE_URL: undefined }]) {
		const warning = siteUrlWarning(env, 'build');
		expect(warning).toContain('SITE_URL is not set');
		expect(warning).toContain(defaultSiteUrl);
		expect(warning).toMatch(/SITE_URL=https:\/\/\S+ npm run build$/);
	}
});

test('the dev server, preview and sync, or a build with SITE_URL, are not', () => {
	for (const command of ['dev', 'preview', 'sync'] as const)
		expect(siteUrlWarning({}, command)).toBeUndefined();
	expect(siteUrlWarning({ SITE_URL: 'https://skills.example.org' }, 'build')).toBeUndefined();
});
