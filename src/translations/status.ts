import { library } from '../library';
import { census } from './census';
import { formerOriginals } from './history';
import type { ReportInput } from './text-report';

let built: Promise<ReportInput[]> | undefined;

/**
 * Every skill's translations, counted and listed, with the originals its outdated translations
 * were made from where the source's git history has them: for the status page in each language,
 * made once per build (in `astro dev`, on every request, so that it follows the sources).
 * @example
 * (await translationStatus())[0].census.counts // => { translated: 182, machine: 0, outdated: 0, untranslated: 0 }
 */
export function translationStatus(): Promise<ReportInput[]> {
	const read = async () => {
		// The library's models, made once per build: the status page counts the same pairs.
		const { skills, sourceFile } = await library();
		return Promise.all(
			skills.map(async (model) => {
				const counted = census(model);
				const filePath = sourceFile(model.name);
				const wanted = new Set(counted.open.flatMap(({ shown }) => shown.madeFrom ?? []));
				const former = filePath
					? await formerOriginals(filePath, process.cwd(), wanted)
					: new Map<string, string>();
				return { census: counted, former };
			})
		);
	};
	if (import.meta.env.DEV) return read();
	built ??= read();
	return built;
}
