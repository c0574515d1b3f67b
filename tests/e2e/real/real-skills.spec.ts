import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { blockKinds, type BlockKind } from '../../../src/schema/block';
import { innerBlocks, type BlockModel } from '../../../src/model/blocks';
import { languageKeys } from '../../../src/i18n/languages';
import { skillPath } from '../../../src/navigation/paths';
import { skillsDirOf } from '../../support/built-sites';
import { loadModel } from '../../support/skills';
import { expectNoAxeViolations } from '../accessibility';

// The real skills that exercise the most of the format, and the longest: axe and the network
// on every view of them (the HTML, link and text checks cover all 40 in tests/dist/).
const dir = skillsDirOf('dist-real');
const models = readdirSync(dir).map((name) => loadModel(`${dir}/${name}/skill.yaml`));
const kindsIn = (blocks: BlockModel[]): BlockKind[] =>
	blocks.flatMap((block) => [block.kind, ...kindsIn(innerBlocks(block))]);
const kindsOf = (model: (typeof models)[number]) =>
	new Set(kindsIn([...model.body, ...model.allSections.flatMap((s) => s.body)]));
const size = (model: (typeof models)[number]) => model.allSections.length;
const held = new Set(models.flatMap((model) => [...kindsOf(model)]));
// The longest, then, greedily, the skill that adds the most kinds not yet covered.
const chosen = [[...models].sort((a, b) => size(b) - size(a))[0]!];
for (;;) {
	const covered = new Set(chosen.flatMap((model) => [...kindsOf(model)]));
	const gain = (model: (typeof models)[number]) =>
		[...kindsOf(model)].filter((kind) => !covered.has(kind)).length;
	const next = [...models].sort((a, b) => gain(b) - gain(a))[0]!;
	if (gain(next) === 0) break;
	chosen.push(next);
}

// A kind none of the 40 holds is in a fixture skill, which the fixtures' browser tests check.
const fixtureDir = skillsDirOf('dist-fixtures');
const fixtureKinds = new Set(
	readdirSync(fixtureDir).flatMap((name) => [
		...kindsOf(loadModel(`${fixtureDir}/${name}/skill.yaml`)),
	])
);

test('the real skills and the fixtures hold every kind of block, and the chosen ones all the real ones hold', () => {
	expect(blockKinds.filter((kind) => !held.has(kind) && !fixtureKinds.has(kind))).toEqual([]);
	const covered = new Set(chosen.flatMap((model) => [...kindsOf(model)]));
	expect([...held].filter((kind) => !covered.has(kind))).toEqual([]);
});

// A long compare view takes axe a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

for (const model of chosen) {
	const views = [
		...languageKeys.map((key) => ({ view: `${key} page`, path: skillPath(model.name, key) })),
		{ view: 'compare view', path: skillPath(model.name, languageKeys[1]!, '/', 'compare') },
	];
	for (const { view, path } of views) {
		test(`${model.name}, ${view}: axe finds no violation, nothing loads from elsewhere`, async ({
			page,
			baseURL,
		}) => {
			const requests: string[] = [];
			page.on('request', (request) => requests.push(request.url()));
			await page.goto(path, { waitUntil: 'networkidle' });
			await expectNoAxeViolations(page);
			const origin = new URL(baseURL!).origin;
			expect(
				requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))
			).toEqual([]);
		});
	}
}
