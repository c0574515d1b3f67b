// Runs in the browser too (the copy-link menu's script): it imports nothing.

/**
 * The most bytes (of UTF-8) a section's id may have to be the name of a folder: 255 on the file
 * systems static hosts use (ext4, XFS, APFS). A section's language-neutral page is
 * `go/<skill>/<id>/index.html`, so that `/go/<skill>/<id>/` is served from any static host.
 */
export const maxIdBytes = 255;

/**
 * Whether a section's id, or one of its aliases, can be an address of its own,
 * `/go/<skill>/<id>/`. A longer one (a heading of a long sentence: ids are its slug) has none,
 * and the section's language-neutral link is its skill's with a fragment, `/go/<skill>/#<id>`.
 * @example
 * hasOwnAddress('capabilities') // => true
 * hasOwnAddress('能'.repeat(86)) // => false (258 bytes)
 */
export function hasOwnAddress(id: string): boolean {
	return new TextEncoder().encode(id).length <= maxIdBytes;
}
