import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Writes files under a new folder of the system's temporary folder, each by its path from it (text
 * as UTF-8, or bytes as given), and returns the folder.
 * @example
 * tempFiles({ 'en/docx/SKILL.md': skillFile('docx', '# Docx') }) // => '/tmp/import-Ab12/'
 */
export function tempFiles(files: Record<string, string | Uint8Array>): string {
	const folder = mkdtempSync(join(tmpdir(), 'import-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(folder, path)), { recursive: true });
		writeFileSync(join(folder, path), content);
	}
	return folder;
}

/**
 * A SKILL.md: front matter with this name (none for `undefined`) and description, then the body.
 * @example
 * skillFile('docx', '# Docx\n\nWrite documents.') // => '---\nname: docx\ndescription: A skill.\n---\n\n# Docx\n\nWrite documents.\n'
 */
export function skillFile(
	name: string | undefined,
	body: string,
	description = 'A skill.'
): string {
	const fields = [...(name === undefined ? [] : [`name: ${name}`]), `description: ${description}`];
	return `---\n${fields.join('\n')}\n---\n\n${body}\n`;
}

/**
 * Runs `npm run import` (scripts/import.ts) with these arguments, as a person would, with the
 * project's Node.
 * @example
 * runImport(['en/', '--zh', 'zh/', '--out', 'out']) // => { status: 0, stdout: '…', stderr: '' }
 */
export function runImport(args: string[]) {
	const node = join(process.cwd(), 'node_modules/.bin/node');
	return spawnSync(node, ['scripts/import.ts', ...args], { encoding: 'utf8' });
}
