/**
 * The skill and file a request path asks for, when it is under `<base>/skill-files/`: each
 * segment decoded whole, as a static host decodes it, so that `a%2541.png` is the file `a%41.png`
 * and `x%23y.png` is `x#y.png`. A segment that decodes to nothing, `.`, `..` or a slash asks for
 * nothing (it could climb out of the folder).
 * @example
 * requestedFile('/skill-files/x/images/flow%20chart.png', '/') // => { name: 'x', file: 'images/flow chart.png' }
 * requestedFile('/skill-files/x/%2E%2E/secret.png', '/') // => undefined
 * requestedFile('/skills/x/', '/') // => undefined
 */
export function requestedFile(
	pathname: string,
	base: string
): { name: string; file: string } | undefined {
	const prefix = `${base.replace(/\/*$/, '/')}skill-files/`;
	if (!pathname.startsWith(prefix)) return undefined;
	let segments: string[];
	try {
		segments = pathname.slice(prefix.length).split('/').map(decodeURIComponent);
	} catch {
		return undefined;
	}
	if (segments.length < 2 || segments.some((segment) => /^\.{0,2}$|[/\\\0]/.test(segment)))
		return undefined;
	const [name, ...path] = segments;
	return { name: name!, file: path.join('/') };
}
