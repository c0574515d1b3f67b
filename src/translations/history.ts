import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { isScalar, parseDocument, visit } from 'yaml';
import { languageKeys } from '../i18n/languages';
import { fingerprint } from '../schema/fingerprint';

const run = promisify(execFile);

/** Every original-language text a version of a source holds, wherever it is. */
function originals(text: string): string[] {
	const found: string[] = [];
	const doc = parseDocument(text);
	visit(doc, {
		Pair(_, pair) {
			const key = isScalar(pair.key) ? pair.key.value : undefined;
			if (key === languageKeys[0] && isScalar(pair.value) && typeof pair.value.value === 'string')
				found.push(pair.value.value.trim());
		},
	});
	return found;
}

/**
 * The original texts a source held in its git history, by fingerprint: where the text an
 * outdated translation was made from is found again. Reads the commits of the file (following
 * renames), newest first, until every wanted fingerprint is found. Without git, or outside a
 * repository (a tarball), or with a shallow history, it knows less or nothing, and says so by
 * an empty map: the old text is an aid, never a condition.
 * @example
 * await formerOriginals('content/skills/x/skill.yaml', '/work/main', new Set(['1a2b3c4d']))
 * // => Map { '1a2b3c4d' => 'The sentence as it was' }
 */
export async function formerOriginals(
	file: string,
	cwd: string,
	wanted: Set<string>
): Promise<Map<string, string>> {
	const known = new Map<string, string>();
	if (wanted.size === 0) return known;
	const git = async (...args: string[]) =>
		(await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
	try {
		const top = (await git('rev-parse', '--show-toplevel')).trim();
		const log = await git('log', '--follow', '--format=%x00%H', '--name-only', '--', file);
		for (const record of log.split('\0').slice(1)) {
			const [commit, ...names] = record.split('\n').filter(Boolean);
			const path = names.at(-1);
			if (!commit || !path) continue;
			const text = await git('-C', top, 'show', `${commit}:${path}`).catch(() => '');
			for (const original of originals(text)) {
				const print = fingerprint(original);
				if (wanted.has(print) && !known.has(print)) known.set(print, original);
			}
			if ([...wanted].every((print) => known.has(print))) break;
		}
	} catch {
		// No git, no repository, or the file was never committed: nothing is known.
	}
	return known;
}
