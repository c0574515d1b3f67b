import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtSites, htmlPages, inSite } from '../support/built-sites';

// .htmlvalidate.json: the HTML standard and document rules, with two documented exceptions.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(builtSites)('every page of %s is valid HTML', (site) => {
	test.each(htmlPages(site))('%s', async (page) => {
		const report = await validator.validateFile(inSite(site, page));
		const errors = report.results.flatMap((result) =>
			result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
		);
		expect(errors).toEqual([]);
	});
});

describe.each(builtSites)('no page of %s shows a value that was not text', (site) => {
	test.each(htmlPages(site))('%s', (page) => {
		expect(readFileSync(inSite(site, page), 'utf8')).not.toContain('[object Object]');
	});
});
