import { posix } from 'node:path';

/** What a link or image URL in a skill's text points at. */
export type UrlTarget =
	/** Another address (`https:`, `mailto:`, `//host`), or a place on the same page (`#id`). */
	| { kind: 'address' }
	/** A file beside the skill's SKILL.md, as a path from its folder (`../` when it leaves it). */
	| { kind: 'file'; path: string; hash: string }
	/** A path from the root of a host (`/x`): nothing a skill's folder can say where it is. */
	| { kind: 'rooted' };

/**
 * Sorts a URL written in a skill's text: an address, or a file relative to the skill's folder,
 * whose path is decoded (`%20` is a space), without `./`, query or fragment, so that it can be
 * looked up in the folder and written into another address.
 * @example
 * urlTarget('./images/flow%20chart.png') // => { kind: 'file', path: 'images/flow chart.png', hash: '' }
 * urlTarget('checklists.md#setup') // => { kind: 'file', path: 'checklists.md', hash: '#setup' }
 * urlTarget('../other-skill/SKILL.md') // => { kind: 'file', path: '../other-skill/SKILL.md', hash: '' }
 * urlTarget('https://example.com/x.png') // => { kind: 'address' }
 * urlTarget('%2Fetc%2Fpasswd') // => { kind: 'rooted' }
 */
export function urlTarget(url: string): UrlTarget {
	const trimmed = url.trim();
	if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//'))
		return { kind: 'address' };
	if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return { kind: 'address' };
	if (/^[/\\]/.test(trimmed)) return { kind: 'rooted' };
	const hashAt = trimmed.indexOf('#');
	const hash = hashAt === -1 ? '' : trimmed.slice(hashAt);
	const [written = ''] = trimmed.slice(0, hashAt === -1 ? undefined : hashAt).split('?');
	let decoded = written;
	try {
		decoded = decodeURIComponent(written);
	} catch {
		// A lone `%` is part of the name as written.
	}
	// Decoded, `%2Fetc%2Fpasswd` is the path from a host's root that `/etc/passwd` is.
	if (/^[/\\]/.test(decoded)) return { kind: 'rooted' };
	const path = posix.normalize(decoded.split('\\').join('/'));
	return { kind: 'file', path: path === '.' ? '' : path.replace(/\/$/, ''), hash };
}

/**
 * A file's path as a URL path: each segment encoded, the slashes kept.
 * @example
 * encodePath('images/flow chart.png') // => 'images/flow%20chart.png'
 */
export function encodePath(path: string): string {
	return path.split('/').map(encodeURIComponent).join('/');
}
