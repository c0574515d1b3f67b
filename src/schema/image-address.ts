import { urlTarget } from '../markdown/file-path';

const intoFolder =
	'Copy the image into the skill’s folder and show it by its path there (`![Diagram](images/diagram.png)`)';

/** Why an image address is not a file of the skill's folder, and the fix, by its kind. */
const kinds: { test: (url: string) => boolean; why: string; hint: string }[] = [
	{
		test: (url) => /^(https?:)?\/\//i.test(url),
		why: 'it is on another site, and every reader’s browser would fetch it from there (a tracker; mixed content over `http:`)',
		hint: `${intoFolder}: the site loads nothing from other addresses.`,
	},
	{
		test: (url) => /^[a-z]:[\\/]/i.test(url),
		why: 'it is a path on a Windows drive, which no reader has',
		hint: `${intoFolder}, written from there with \`/\`.`,
	},
	{
		test: (url) => /^file:/i.test(url),
		why: 'a `file:` address names a file on the computer it was written on',
		hint: `${intoFolder}.`,
	},
	{
		test: (url) => /^data:/i.test(url),
		why: 'its bytes are written into the text (a `data:` address), where they are not checked as the folder’s images are',
		hint: 'Save the image as a file in the skill’s folder and show it by its path (`![Diagram](diagram.png)`).',
	},
	{
		test: (url) => /^[/\\]/.test(url),
		why: 'it is a path from the root of a host, not from the skill’s folder',
		hint: 'Write the path from the skill’s folder (`images/diagram.png`, not `/images/diagram.png`).',
	},
	{
		test: (url) => urlTarget(url).kind === 'file' && url.includes('..'),
		why: 'it is outside the skill’s folder',
		hint: `${intoFolder}: the site publishes only the folder’s own files.`,
	},
];

/**
 * What is wrong with an image's address that is not a file of the skill's folder: the site
 * publishes a skill's images from its folder only, checked (source/skill-files.ts), and loads
 * nothing from elsewhere. Each kind of address is told apart, so that the fix fits.
 * @example
 * imageAddressProblem('C:/x.png') // => { message: 'shows the image `C:/x.png`, which is not a file in the skill's folder: it is a path on a Windows drive, …', hint }
 */
export function imageAddressProblem(url: string): { message: string; hint: string } {
	const written = url.trim();
	const kind = kinds.find(({ test }) => test(written));
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(written)?.[1];
	const why =
		kind?.why ??
		(scheme
			? `a \`${scheme}:\` address is not an image file`
			: 'it names no file (an empty address, or a place on the page)');
	return {
		message: `shows the image \`${written}\`, which is not a file in the skill's folder: ${why}`,
		hint: kind?.hint ?? `${intoFolder}.`,
	};
}
