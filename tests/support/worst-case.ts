/**
 * Draws every view of the worst inputs the limits accept (limit-inputs.ts), one after the other,
 * as a build would: the source checked, its model, both pages, both compare views and both
 * SKILL.md exports. Prints one JSON line per input with its time and the process's peak memory
 * so far. Run by tests/unit/limits.test.ts in a child process, under the build's memory bound:
 *   node --max-old-space-size=2048 tests/support/worst-case.ts [name …]
 */
import '../../scripts/lib/resolve-ts.ts';

const { worstAccepted } = await import('./limit-inputs.ts');
const { parseSkill } = await import('../../src/source/parse-skill.ts');
const { skillModel } = await import('../../src/model/skill-model.ts');
const { pageHtml } = await import('../../src/views/page-html.ts');
const { compareHtml } = await import('../../src/views/compare-tree.ts');
const { skillFile } = await import('../../src/export/skill-file.ts');
const { languageKeys } = await import('../../src/i18n/languages.ts');

const names = process.argv.slice(2);
for (const [name, make] of Object.entries(worstAccepted)) {
	if (names.length > 0 && !names.includes(name)) continue;
	const start = performance.now();
	const skill = parseSkill(make(), { file: `${name}/skill.yaml`, folder: 'limits' });
	const model = skillModel(skill);
	let html = 0;
	for (const key of languageKeys) {
		html += (await pageHtml(model, key, (title) => title)).length;
		html += (await compareHtml(model, key, '/')).length;
		html += skillFile(model, key).length;
	}
	const rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
	const ms = Math.round(performance.now() - start);
	console.log(JSON.stringify({ name, ms, rssMB, htmlMB: Math.round(html / 2 ** 20) }));
}
