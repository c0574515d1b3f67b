/**
 * The headers every published skill file is served with. `sandbox` makes a file opened by its
 * address a document without script, forms or its own origin, whatever it holds: a second
 * layer under the checks of images/ (an SVG is also a document a browser can open). `nosniff`
 * keeps a browser to the type its name says.
 */
export const skillFileHeaders = {
	'Content-Security-Policy': 'sandbox',
	'X-Content-Type-Options': 'nosniff',
} as const;

/**
 * The rule of a `_headers` file (Netlify, Cloudflare Pages) that gives the skill files their
 * headers, behind Astro's `base`.
 * @example
 * headersRule('/') // => '/skill-files/*\n  Content-Security-Policy: sandbox\n  X-Content-Type-Options: nosniff\n'
 */
export function headersRule(base: string): string {
	const lines = Object.entries(skillFileHeaders).map(([name, value]) => `  ${name}: ${value}`);
	return [`${base.replace(/\/*$/, '/')}skill-files/*`, ...lines, ''].join('\n');
}
