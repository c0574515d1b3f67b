import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSkill, findSkills } from '../../src/import/find-skills';
import { importAll } from '../../src/import/import-all';
import { runImport, skillFile, tempFiles } from '../support/import-folder';
import { readProjectFile } from '../support/skills';

const english = skillFile(
	'deploy',
	'# Deploy\n\n## Steps\n\n- Build with `npm run build`\n- Upload `dist/` to the server\n'
);
const chinese = skillFile(
	'deploy',
	'# 部署\n\n## 步骤\n\n- 用 `npm run build` 构建\n- 把 `dist/` 上传到服务器\n'
);

/** A folder with the skill, its translation and a library (`out`) to import it into. */
function library() {
	const dir = tempFiles({ 'en/deploy/SKILL.md': english, 'zh/deploy/SKILL.md': chinese });
	const run = (options = { update: false }) =>
		importAll(findSkills(join(dir, 'en'), join(dir, 'zh')), join(dir, 'out'), options)[0]!;
	return { dir, run, source: join(dir, 'out/deploy/skill.yaml') };
}

describe('an import never replaces an existing skill without being asked', () => {
	it('leaves a source that would not change as it is', () => {
		const { run } = library();
		expect(run().done).toBe('written');
		expect(run().done).toBe('unchanged');
	});

	it('leaves mlops-engineer’s hand-made source alone when its public SKILL.md is imported', () => {
		const seed = readProjectFile('content/skills/mlops-engineer/skill.yaml');
		const out = tempFiles({ 'mlops-engineer/skill.yaml': seed });
		const real = 'tests/fixtures/real-skills/mlops-engineer';
		const [row] = importAll(findSkill(`${real}/SKILL.md`, `${real}/SKILL.zh-CN.md`), out);
		expect(row!.done).toBe('would replace');
		expect(row!.changes!.kept).toBeGreaterThan(150);
		expect(readFileSync(join(out, 'mlops-engineer/skill.yaml'), 'utf8')).toBe(seed);
	});

	it('reports what would change, and writes nothing', () => {
		const { dir, run, source } = library();
		run();
		const before = readFileSync(source, 'utf8');
		writeFileSync(
			join(dir, 'en/deploy/SKILL.md'),
			english.replace('Upload `dist/` to the server', 'Run `npm test` first')
		);
		const row = run();
		expect(row.done).toBe('would replace');
		expect(row.changes).toMatchObject({
			added: ['Run `npm test` first'],
			removed: ['Upload `dist/` to the server'],
			kept: 4, // the title, the description, the heading and the first item
		});
		expect(readFileSync(source, 'utf8')).toBe(before);
	});

	it('replaces it with --update, keeping the translations of unchanged texts', () => {
		const { dir, run, source } = library();
		run();
		// A translator's work in the source, for a text the Chinese file does not have.
		writeFileSync(
			source,
			readFileSync(source, 'utf8').replace(
				/en: Upload `dist\/` to the server\n(\s+)zh: .*/,
				'en: Upload `dist/` to the server\n$1zh: 上传 `dist/`（已审校）'
			)
		);
		writeFileSync(join(dir, 'zh/deploy/SKILL.md'), chinese.replace(/- 把.*\n/, ''));
		writeFileSync(join(dir, 'en/deploy/SKILL.md'), english.replace('# Deploy', '# Deploying'));
		expect(run().done).toBe('would replace');
		const row = run({ update: true });
		expect(row.done).toBe('replaced');
		expect(row.changes?.added).toEqual(['Deploying']);
		const written = readFileSync(source, 'utf8');
		expect(written).toContain('zh: 上传 `dist/`（已审校）');
		expect(written).toMatch(/en: Deploying\n\s+zh: 部署/);
	});

	it('keeps the section ids written in the source, which links to the section use', () => {
		const { dir, run, source } = library();
		run();
		// A maintainer gave "Steps" a short id, kept its old one, and a second section came.
		writeFileSync(
			source,
			readFileSync(source, 'utf8').replace(
				/(\s+)zh: 步骤\n/,
				'$1zh: 步骤\n    id: how\n    formerIds: [steps-to-deploy]\n'
			)
		);
		expect(run().done).toBe('unchanged');
		writeFileSync(
			join(dir, 'en/deploy/SKILL.md'),
			english.replace('## Steps', '## How\n\nRead first.\n\n## Steps')
		);
		expect(run({ update: true }).done).toBe('replaced');
		const written = readFileSync(source, 'utf8');
		// The new section "How" may not take the id `how`: it is the older section's.
		expect(written).toMatch(/en: How\n\s+untranslated: zh\n\s+id: how-1\n/);
		expect(written).toMatch(
			/en: Steps\n\s+zh: 步骤\n\s+id: how\n\s+formerIds:\n\s+- steps-to-deploy\n/
		);
	});

	it(
		'through npm run import: exit 1 without --update, 0 with it or when nothing changes',
		{
			timeout: 60_000,
		},
		() => {
			const { dir } = library();
			const args = [join(dir, 'en'), '--zh', join(dir, 'zh'), '--out', join(dir, 'out')];
			expect(runImport(args).status).toBe(0);
			expect(runImport(args)).toMatchObject({
				status: 0,
				stdout: expect.stringContaining('unchanged'),
			});
			writeFileSync(join(dir, 'en/deploy/SKILL.md'), english.replace('Steps', 'How to deploy'));
			const refused = runImport(args);
			expect(refused.status).toBe(1);
			expect(refused.stdout).toContain(
				'  Would change: 1 text added, 1 removed, 4 kept (0 with another translation)\n      + How to deploy\n      − Steps\n' +
					'    Links to #steps would no longer land on their section: add each to `formerIds` of the section that now holds its text, or keep its heading.'
			);
			expect(refused.stdout).toMatch(/would replace {2}\S+out\/deploy\/skill\.yaml: left as it is/);
			expect(runImport([...args, '--update'])).toMatchObject({ status: 0 });
		}
	);
});

describe('a re-import keeps each section’s address with its section', () => {
	/** Imports `before`, lets `edit` change the source written, then imports `after` with
	 * --update: each section's heading with its id as written (`(slug)` when none), and the ids
	 * the report said would be lost. */
	function update(before: string, after: string, edit = (yaml: string) => yaml) {
		const dir = tempFiles({ 'en/s/SKILL.md': skillFile('s', before) });
		const run = (update: boolean) =>
			importAll(findSkills(join(dir, 'en')), join(dir, 'out'), { update })[0]!;
		run(false);
		const file = join(dir, 'out/s/skill.yaml');
		writeFileSync(file, edit(readFileSync(file, 'utf8')));
		writeFileSync(join(dir, 'en/s/SKILL.md'), skillFile('s', after));
		const row = run(true);
		const ids = [
			...readFileSync(file, 'utf8').matchAll(
				/- heading:\n\s+en: (.*)\n\s+untranslated: zh\n(?:\s+id: (.*)\n)?/g
			),
		].map(([, heading, id]) => `${heading} ${id ?? '(slug)'}`);
		return { done: row.done, lost: row.changes?.lostIds, ids };
	}

	it('under the same headings first: a new section of the same name takes none of its ids', () => {
		const giveId = (yaml: string) =>
			yaml.replace(
				/(\n\s+- heading:\n\s+en: Setup\n\s+untranslated: zh\n)/,
				'$1        id: usage-setup\n'
			);
		expect(
			update(
				'# T\n\n## Usage\n\n### Setup\n\nA.\n',
				'# T\n\n## Setup\n\nNew.\n\n## Usage\n\n### Setup\n\nA.\n',
				giveId
			)
		).toEqual({
			done: 'replaced',
			lost: [],
			ids: ['Setup (slug)', 'Usage (slug)', 'Setup usage-setup'],
		});
	});

	it('a heading written twice keeps each address where it was, and a new one gets its own', () => {
		expect(
			update(
				'# T\n\n## Alpha\n\n### Example\n\nA.\n\n## Beta\n\n### Example\n\nB.\n',
				'# T\n\n## Gamma\n\n### Example\n\nC.\n\n## Alpha\n\n### Example\n\nA.\n\n## Beta\n\n### Example\n\nB.\n'
			).ids
		).toEqual([
			'Gamma (slug)',
			'Example example-2',
			'Alpha (slug)',
			'Example (slug)',
			'Beta (slug)',
			'Example example-1',
		]);
	});

	it('two sections of one heading whose parents were renamed each keep their own', () => {
		const { ids, lost } = update(
			'# T\n\n## A\n\n### Example\n\nRun the x tool.\n\n## B\n\n### Example\n\nCall the y service.\n',
			'# T\n\n## B2\n\n### Example\n\nCall the y service.\n\n## A2\n\n### Example\n\nRun the x tool.\n'
		);
		// A's example had the slug, B's `example-1`: each stays with its text.
		expect(ids).toEqual(['B2 (slug)', 'Example example-1', 'A2 (slug)', 'Example (slug)']);
		expect(lost).toEqual(['a', 'b']);
	});

	it('a heading that keeps its slug loses no link, and headings the site would refuse as slugs get ids', () => {
		expect(
			update('# T\n\n## Quick start\n\nGo.\n', '# T\n\n## Quick Start\n\nGo.\n')
		).toMatchObject({
			lost: [],
			ids: ['Quick Start (slug)'],
		});
		expect(
			update(
				'# T\n\n## Go\n\nGo.\n',
				'# T\n\n## Caf\u00e9\n\nA.\n\n## Cafe\u0301\n\nB.\n\n## Theme icons\n\nC.\n\n## & &\n\nD.\n'
			)
		).toMatchObject({
			done: 'replaced',
			ids: ['Caf\u00e9 (slug)', 'Cafe\u0301 cafe', 'Theme icons theme-icons-1', '"& &" section'],
		});
	});

	it('a new section whose heading gives the same slug does not take it', () => {
		expect(
			update('# T\n\n## Setup\n\nA.\n', '# T\n\n## Setup!\n\nNew.\n\n## Setup\n\nA.\n').ids
		).toEqual(['Setup! setup-1', 'Setup (slug)']);
	});

	it('a section that moved keeps its id; one the site would refuse is not kept', () => {
		const ids = (yaml: string) =>
			yaml
				.replace(/(\n\s+- heading:\n\s+en: Setup\n\s+untranslated: zh\n)/, '$1    id: install\n')
				.replace(/(\n\s+- heading:\n\s+en: Other\n\s+untranslated: zh\n)/, '$1    id: _top\n');
		expect(
			update(
				'# T\n\n## Setup\n\nA.\n\n## Other\n\nB.\n',
				'# T\n\n## Usage\n\n### Setup\n\nA.\n\n## Other\n\nB.\n',
				ids
			)
		).toEqual({
			// `_top` never was an address: the site refused the source that wrote it.
			done: 'replaced',
			lost: [],
			ids: ['Usage (slug)', 'Setup install', 'Other (slug)'],
		});
	});

	/** Adds YAML lines to the section of this heading, under its heading. */
	const addTo = (heading: string, lines: string) => (yaml: string) =>
		yaml.replace(
			new RegExp(`(\\n(\\s+)- heading:\\n\\s+en: ${heading}\\n\\s+untranslated: zh\\n)`),
			(_, found: string, indent: string) =>
				found +
				lines
					.split('\n')
					.map((line) => `${indent}  ${line}`)
					.join('\n') +
				'\n'
		);

	it('of twins, each keeps its own by what it says: one added before, one deleted', () => {
		expect(
			update(
				'# T\n\n## Example\n\nAlpha text.\n',
				'# T\n\n## Example\n\nBrand new.\n\n## Example\n\nAlpha text.\n'
			)
		).toMatchObject({ lost: [], ids: ['Example example-1', 'Example (slug)'] });
		expect(
			update(
				'# T\n\n## Example\n\nAlpha text.\n\n## Example\n\nBeta text.\n',
				'# T\n\n## Example\n\nBeta text.\n'
			)
		).toMatchObject({ lost: ['example'], ids: ['Example example-1'] });
	});

	it('a recased heading keeps its ids; twins of empty bodies are told apart by their subsections', () => {
		expect(
			update(
				'# T\n\n## Quick start\n\nGo.\n',
				'# T\n\n## Quick Start\n\nGo.\n',
				addTo('Quick start', 'id: qs\nformerIds:\n  - getting-started')
			)
		).toMatchObject({ lost: [], ids: ['Quick Start qs'] });
		expect(
			update(
				'# T\n\n## A\n\n### Notes\n\n#### X\n\nx.\n\n## B\n\n### Notes\n\n#### Y\n\ny.\n',
				'# T\n\n## B2\n\n### Notes\n\n#### Y\n\ny.\n\n## A2\n\n### Notes\n\n#### X\n\nx.\n'
			).ids
		).toEqual(['B2 (slug)', 'Notes notes-1', 'Y (slug)', 'A2 (slug)', 'Notes (slug)', 'X (slug)']);
	});

	it('a heading is its section: its ids stay with it whatever it says now, and are not reported', () => {
		// A link names a heading (`#setup`, or the id a maintainer gave “Setup”): it lands on the
		// heading of that name, though its text was rewritten or swapped with another section's.
		expect(
			update(
				'# T\n\n## Install\n\nInstall alpha.\n\n## Setup\n\nConfigure beta.\n',
				'# T\n\n## Setup\n\nInstall alpha.\n\n## Configure\n\nConfigure beta.\n',
				addTo('Setup', 'id: conf-id\nformerIds:\n  - old-setup')
			)
		).toMatchObject({ lost: ['install'], ids: ['Setup conf-id', 'Configure (slug)'] });
		expect(
			update(
				'# T\n\n## A\n\n### Setup\n\nInstall x.\n',
				'# T\n\n## B\n\n### Setup\n\nConfigure y.\n',
				addTo('Setup', 'id: inst')
			)
		).toMatchObject({ lost: ['a'], ids: ['B (slug)', 'Setup inst'] });
	});
});
