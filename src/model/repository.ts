import { posix } from 'node:path';
import { encodePath } from '../markdown/file-path';

/** Where a skill's folder is in its repository: file addresses are `<blob>/<folder>/<file>`. */
export interface RepositoryFolder {
	/** `https://github.com/<owner>/<repo>/blob/<ref>` */
	blob: string;
	/** The skill's folder from the repository's root, `''` at the root. */
	folder: string;
}

// A host name is the same in any case (`https://GitHub.com/…`); the path after it is not.
const github = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:\/tree\/(.+?))?\/?$/;
const githubHost = /^https:\/\/github\.com\//i;

/**
 * The repository a skill's front matter names, by the documented rule (README, "Files and
 * links"): `metadata.repository`, or a top-level `repository`, holding the https address of the
 * skill's folder on GitHub (`https://github.com/<owner>/<repo>/tree/<ref>/<folder>`), or of the
 * repository itself when the skill is at its root. Anything else names no place a file can be
 * linked at (the Agent Skills spec has no such field; real collections write free text such as
 * `source: vibeship-spawner-skills (Apache 2.0)`), and gives `undefined`.
 * @example
 * repositoryFolder({ metadata: { repository: 'https://github.com/o/r/tree/main/skills/pdf' } })
 * // => { blob: 'https://github.com/o/r/blob/main', folder: 'skills/pdf' }
 * repositoryFolder({ repository: 'https://github.com/o/r' }) // => { blob: 'https://github.com/o/r/blob/HEAD', folder: '' }
 * repositoryFolder({ source: 'vibeship-spawner-skills (Apache 2.0)' }) // => undefined
 */
export function repositoryFolder(
	frontmatter: Record<string, unknown>
): RepositoryFolder | undefined {
	const { metadata } = frontmatter;
	const named =
		(metadata !== null && typeof metadata === 'object'
			? (metadata as Record<string, unknown>).repository
			: undefined) ?? frontmatter.repository;
	if (typeof named !== 'string') return undefined;
	const match = github.exec(named.trim().replace(githubHost, 'https://github.com/'));
	if (!match) return undefined;
	const [, owner, repo, tree = 'HEAD'] = match;
	// The ref is taken to be one segment (`main`, a tag): with slashes in it, the addresses still
	// come out right, since GitHub splits `blob/<ref>/<path>` as it split `tree/<ref>/<folder>`.
	const [ref, ...folder] = tree.split('/');
	return { blob: `https://github.com/${owner}/${repo}/blob/${ref}`, folder: folder.join('/') };
}

/**
 * The address of a file of the skill's folder in its repository, or `undefined` when the path
 * leaves the repository.
 * @example
 * repositoryFile({ blob: 'https://github.com/o/r/blob/HEAD', folder: '' }, 'references/a b.md')
 * // => 'https://github.com/o/r/blob/HEAD/references/a%20b.md'
 */
export function repositoryFile(
	{ blob, folder }: RepositoryFolder,
	path: string
): string | undefined {
	const inRepository = posix.normalize(posix.join(folder || '.', path));
	if (inRepository === '..' || inRepository.startsWith('../')) return undefined;
	return `${blob}/${encodePath(inRepository)}`;
}
