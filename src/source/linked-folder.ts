import type { Dirent } from 'node:fs';
import { readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SkillSourceError } from './problems';

/**
 * What to say about an entry of the skills folder that is a symbolic link to a folder: a skill's
 * folder must be in the skills folder itself. The site publishes a skill's images from its
 * folder, and checks that none is a link (source/folder-files.ts); a linked folder would let
 * anything on the machine that builds the site be published. Other entries, and links to files,
 * are nothing to say (`undefined`), as files beside the skills' folders are.
 * @example
 * await linkedFolderError('content/skills', dirent('shared-skill'), root)
 * // => SkillSourceError('content/skills/shared-skill the folder: is a symbolic link to `/srv/x` …')
 */
export async function linkedFolderError(
	dir: string,
	entry: Dirent,
	root: URL
): Promise<SkillSourceError | undefined> {
	if (!entry.isSymbolicLink()) return undefined;
	const path = `${dir}/${entry.name}`;
	const target = join(fileURLToPath(root), path);
	const isFolder = await stat(target).then(
		(found) => found.isDirectory(),
		() => false
	);
	if (!isFolder) return undefined;
	const to = await readlink(target);
	return new SkillSourceError(path, [
		{
			where: 'the folder',
			message: `is a symbolic link (to \`${to}\`), which the site does not follow`,
			hint: `Move or copy the skill's folder into ${dir}/ (\`rm ${path} && cp -r ${to} ${path}\`): the site publishes a skill's images only from a folder that is in it.`,
		},
	]);
}
