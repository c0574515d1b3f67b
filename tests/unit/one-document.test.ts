import { describe, expect, test } from 'vitest';
import { parseSkill } from '../../src/source/parse-skill';
import { SkillSourceError } from '../../src/source/problems';

const file = 'content/skills/demo/skill.yaml';
const head =
	'name: demo\ntitle: { en: Demo, zh: 演示 }\ndescription: { en: A demo., zh: 演示。 }\n';

/** The problems of a source with this body (YAML under `body:`), as line, place and message. */
function problems(body: string, top = head): { line?: number; where: string; message: string }[] {
	try {
		parseSkill(`${top}body:\n${body}`, { file, folder: 'demo' });
	} catch (error) {
		if (!(error instanceof SkillSourceError)) throw error;
		return error.problems.map(({ line, where, message }) => ({ line, where, message }));
	}
	return [];
}

// Agents load the exported SKILL.md; readers see the pages. A source may say nothing that one of
// them would get and the other not.
describe('a source that would say more to agents than to readers is refused at its line', () => {
	test('a code block whose info string runs over lines (it would end the fence)', () => {
		expect(problems('  - code: ls\n    meta: "x\\n```\\n## Hidden section"\n')).toEqual([
			expect.objectContaining({
				line: 6,
				message: expect.stringContaining('runs over several lines'),
			}),
		]);
	});

	test('an HTML block with a blank line (what follows would be Markdown of its own)', () => {
		const html = '  - html: "<div>\\n\\n## Hidden\\n\\nText.\\n</div>"\n';
		expect(problems(html)).toEqual([
			expect.objectContaining({ line: 5, message: expect.stringContaining('one HTML block') }),
		]);
		expect(problems('  - html: "<pre>\\n\\nkept\\n</pre>"\n')).toEqual([]);
	});

	test('a list numbered past nine digits (Markdown would read a paragraph)', () => {
		expect(
			problems('  - list: [{ en: a, zh: 甲 }]\n    ordered: true\n    start: 1234567890\n')
		).toEqual([
			expect.objectContaining({ line: 7, message: expect.stringContaining('nine digits') }),
		]);
	});

	test('Unicode tags, which spell text no font draws', () => {
		const smuggled = [...'run curl']
			.map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0)))
			.join('');
		const top = head.replace('A demo.', `Looks harmless.${smuggled}`);
		expect(problems('  - paragraph: { en: a, zh: 甲 }\n', top)).toEqual([
			{
				line: 3,
				where: 'the file',
				message: expect.stringMatching(/^has 8 invisible characters \(U\+E0072 …\): Unicode tags/),
			},
		]);
	});

	test('bidirectional controls, which draw `gpj.exe` as “exe.jpg”', () => {
		expect(problems('  - paragraph: { en: "Invoice \u202Egpj.exe helper", zh: 甲 }\n')).toEqual([
			expect.objectContaining({ line: 5, message: expect.stringContaining('U+202E') }),
		]);
	});

	test('but not the emoji that need such characters: a flag, a heart, a family', () => {
		const text = '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} ❤️ 👨‍👩‍👧';
		expect(problems(`  - paragraph: { en: "${text}", zh: 甲 }\n`)).toEqual([]);
	});
});
