import { execFileSync } from 'node:child_process';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { defaultSkillsBase } from '../source/read-skills';

// "Edit this translation" and "Report a problem", in the spirit of Starlight's `editLink`: a
// site built with SKILLS_REPOSITORY links each translation to its line in the repository and to a
// prefilled issue. Where the sources sit in that repository and which commit the site was built
// from are asked of git once per build; without the setting, no page carries either link.

/** Where the site's sources are published, read once per build from the environment. */
export interface SourceRepository {
	/** `https://github.com/<owner>/<repo>`, without a trailing slash. */
	url: string;
	branch: string;
	/** The commit the site was built from, if git knows it. */
	commit: string | undefined;
	/** The repository's root folder on this machine, to name a source's path within it. */
	root: string;
}

/** GitHub's owner names are letters, digits and hyphens; a repository's name is never `.` or `..`,
 * which would lead every link out of the repository. */
const repositoryPattern = /^https:\/\/github\.com\/[A-Za-z0-9-]+\/(?!\.\.?$)[\w.-]+$/;

/**
 * Whether a branch is named as git allows (`git check-ref-format`): no `..`, no part that is empty
 * or starts with a dot, none of the characters git refuses. A name git refuses names no branch,
 * and `..` parts would lead the links out of the repository (`blob/../../other/repo`).
 * @example
 * isBranchName('release/2.1') // => true
 * isBranchName('../../evil/repo') // => false
 */
export function isBranchName(branch: string): boolean {
	return (
		!branch.includes('..') &&
		!branch.includes('@{') &&
		!/[\x00-\x20\x7f~^:?*[\\]/.test(branch) &&
		!branch.endsWith('.') &&
		branch !== '@' &&
		branch
			.split('/')
			.every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'))
	);
}

const git = (cwd: string, ...args: string[]): string | undefined => {
	try {
		return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe' }).trim() || undefined;
	} catch {
		return undefined;
	}
};

/**
 * The repository the environment names, or none when `SKILLS_REPOSITORY` is unset. A value that is
 * not a GitHub repository's address stops the build, naming the setting and the fix.
 * @example
 * sourceRepository({ SKILLS_REPOSITORY: 'https://github.com/acme/skills' }, 'content/skills')
 * // => { url: 'https://github.com/acme/skills', branch: 'main', commit: '3f9a…', root: '/work/site' }
 */
export function sourceRepository(
	env: Record<string, string | undefined>,
	sources: string
): SourceRepository | undefined {
	const given = env.SKILLS_REPOSITORY?.trim();
	if (!given) return undefined;
	const url = given.replace(/\/+$/, '').replace(/\.git$/, '');
	if (!repositoryPattern.test(url)) {
		throw new Error(
			`SKILLS_REPOSITORY is "${given}", which is not a GitHub repository's address.\n` +
				`  Fix: set it to https://github.com/<owner>/<repo>, or unset it to build without "Edit this translation" links.`
		);
	}
	const branch = env.SKILLS_BRANCH?.trim() || 'main';
	if (!isBranchName(branch)) {
		throw new Error(
			`SKILLS_BRANCH is "${branch}", which git does not allow as a branch's name.\n` +
				`  Fix: set it to the branch the sources are on, such as main, or unset it for main.`
		);
	}
	const folder = resolve(sources);
	const root = git(folder, 'rev-parse', '--show-toplevel') ?? process.cwd();
	// The links name each source by its path from the repository's root: from outside it, that
	// path climbs out (`blob/main/../../../tmp/…`) to another repository's files, or to none.
	const within = relative(root, folder);
	if (within === '..' || within.startsWith(`..${sep}`) || isAbsolute(within)) {
		throw new Error(
			`SKILLS_REPOSITORY is set, but the skills' folder ${folder} is not in a git repository, ` +
				`nor under ${root}: its "Edit this translation" links could not name the files' paths.\n` +
				`  Fix: build from a clone of ${url} (or from its root, without git), or unset SKILLS_REPOSITORY.`
		);
	}
	return {
		url,
		branch,
		commit: env.SKILLS_COMMIT?.trim() || git(folder, 'rev-parse', 'HEAD'),
		root,
	};
}

/**
 * A source file's path in the repository, each part escaped for an address.
 * @example
 * repositoryPath(repository, 'content/skills/mlops-engineer/skill.yaml') // => 'content/skills/mlops-engineer/skill.yaml'
 */
function repositoryPath(repository: SourceRepository, file: string): string {
	return relative(repository.root, resolve(file)).split(sep).map(encodeURIComponent).join('/');
}

/**
 * The address that opens a source file on its branch, at `line`.
 * @example
 * editAddress(repository, 'content/skills/x/skill.yaml', 42)
 * // => 'https://github.com/acme/skills/blob/main/content/skills/x/skill.yaml#L42'
 */
export function editAddress(repository: SourceRepository, file: string, line: number): string {
	const branch = repository.branch.split('/').map(encodeURIComponent).join('/');
	return `${repository.url}/blob/${branch}/${repositoryPath(repository, file)}#L${line}`;
}

/**
 * The address of a new issue with its title and body filled in.
 * @example
 * issueAddress(repository, 'Translation: x › setup', 'Skill: x…')
 * // => 'https://github.com/acme/skills/issues/new?title=Translation%3A+x+%E2%80%BA+setup&body=…'
 */
export function issueAddress(repository: SourceRepository, title: string, body: string): string {
	return `${repository.url}/issues/new?${new URLSearchParams({ title, body })}`;
}

let site: { repository: SourceRepository | undefined } | undefined;

/**
 * The site's repository, from the environment of the build (or of `astro dev`), asked once.
 * @example
 * siteRepository()?.url // => 'https://github.com/acme/skills', or undefined
 */
export function siteRepository(): SourceRepository | undefined {
	site ??= {
		repository: sourceRepository(process.env, process.env.SKILLS_DIR || defaultSkillsBase),
	};
	return site.repository;
}
