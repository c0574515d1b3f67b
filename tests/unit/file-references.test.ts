import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from 'vitest';

// Comments and the README send a reader to files by name: a name of a file that is gone sends
// them nowhere. Every path from the project's root and every file name of ours (a `.ts`,
// `.astro`, `.css` or `.mjs` file) that a comment or the README writes must be a file here.
const root = new URL('../../', import.meta.url).pathname;
const generated =
	/^(node_modules|\.git|dist.*|\.astro|\.bench|\.real-skills|test-results|playwright-report|screenshots|\.lighthouse)$/;

function files(dir: string): string[] {
	return readdirSync(join(root, dir)).flatMap((name) => {
		if (dir === '' && generated.test(name)) return [];
		const path = dir ? `${dir}/${name}` : name;
		return statSync(join(root, path)).isDirectory() ? files(path) : [path];
	});
}

const all = files('');
const paths = new Set(all);
const names = new Set(all.map((path) => basename(path)));
// Ours: the project's code and the README, not the fixtures (skills and SKILL.md files of others).
const written = all.filter(
	(path) => /\.(ts|mjs|astro|css)$/.test(path) && !path.startsWith('tests/fixtures/')
);

/** The comments of a file of code: `//` lines and `/* … *\/` blocks (JSDoc included), without
 * their examples, whose paths are made up (a skill called `x`). */
const comments = (code: string) =>
	[...code.matchAll(/(?<=^|[ \t])\/\/[^\n]*|\/\*[\s\S]*?\*\//gm)]
		.map(([comment]) => comment.replace(/@example[\s\S]*$/, ''))
		.filter(Boolean)
		.join('\n');

// A path from the project's root, or a file with one of our extensions, by its name or by a path
// from one of our folders (`views/marks.ts`).
const reference =
	/(?<![\w./@*-])((?:src|tests|scripts|public|content)\/[\w./[\]-]*[\w\]]|(?:[\w-]+\/)*[\w-]+\.(?:ts|astro|css|mjs))(?![\w/*-])/g;
const fromRoot = /^(?:src|tests|scripts|public|content)\//;

/** Whether a name written in a text is a file or a folder of the project. */
function exists(name: string): boolean {
	if (!name.includes('/')) return names.has(name);
	if (!fromRoot.test(name)) return all.some((path) => path.endsWith(`/${name}`));
	// A folder is a path's beginning; a route's folder is written as it is (`[...locale]`).
	const folder = name.includes('[') ? name : `${name}/`;
	return paths.has(name) || all.some((path) => path.startsWith(folder));
}

test('every file a comment or the README names exists', () => {
	const texts = [
		...written.map((file) => [file, comments(readFileSync(join(root, file), 'utf8'))] as const),
		['README.md', readFileSync(join(root, 'README.md'), 'utf8')] as const,
	];
	const missing = texts.flatMap(([file, text]) =>
		[...text.matchAll(reference)]
			.map(([, name]) => name!)
			.filter((name) => !exists(name))
			.map((name) => `${file}: ${name}`)
	);
	expect(missing).toEqual([]);
});
