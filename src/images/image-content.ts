import { imageType, imageTypes } from '../schema/image';
import type { Finding } from './finding';
import { rasterFormat, rasterProblem } from './raster';
import { svgFindings } from './svg-check';

/**
 * Everything in an image file's bytes that the site does not publish, by the type its name says:
 * an SVG must be a drawing that runs and loads nothing (svg-check.ts), a PNG, JPEG, GIF, WebP or
 * AVIF file must be that format (raster.ts). Other files are not images, and have none.
 * @example
 * imageFindings('images/flow.svg', bytes) // => [] or [{ line: 3, column: 5, found: 'the element `<script>`', hint }]
 * imageFindings('diagram.png', htmlBytes) // => [{ found: 'not a PNG image …', hint }]
 */
export function imageFindings(file: string, bytes: Uint8Array): Finding[] {
	const type = imageType(file);
	if (type === undefined) return [];
	if (type !== imageTypes.svg) {
		const problem = rasterProblem(file, bytes);
		return problem ? [problem] : [];
	}
	const raster = rasterFormat(bytes);
	if (raster)
		return [
			{
				found: `a ${raster} image under a name that says SVG`,
				hint: `Rename it to end in .${raster === 'JPEG' ? 'jpg' : raster.toLowerCase()} (and its path in the text).`,
			},
		];
	return svgFindings(bytes);
}
