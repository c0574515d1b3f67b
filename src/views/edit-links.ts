import type { Element } from 'hast';
import { h } from 'hastscript';
import { languageKeys, languages, type LanguageKey, type PerLanguage } from '../i18n/languages';
import { fill } from '../i18n/fill';
import { t } from '../i18n/ui';
import { editAddress, issueAddress, type SourceRepository } from '../links/source-links';
import type { SourceAt } from '../schema/pair';
import type { SkillModel } from '../model/skill-model';
import { data, names } from './names';

// Each translation links to its line in the repository and to a prefilled issue (links/
// source-links.ts), from the place its pair was parsed (source/pair-locations.ts). The links are
// always in the page, so that Tab reaches them; the stylesheet shows them with their text's
// hover or focus, in space kept for them, so nothing moves.

/** One language's side of a pair, as the views hold it (a text, or code). */
type Side = { at?: SourceAt | undefined } & ({ markdown: string } | { text: string });

/** How much of each text an issue quotes: enough to recognise it (its line has the rest), and
 * short enough that the address stays under the length browsers and GitHub accept. */
const quoted = 300;

const excerpt = (side: Side) => {
	const text = 'markdown' in side ? side.markdown : side.text;
	const points = Array.from(text);
	return points.length > quoted ? `${points.slice(0, quoted).join('')}…` : text;
};

/** Draws a pair's links; none where the site names no repository. */
export type PairLinks = (pair: PerLanguage<Side>) => Element[];

/**
 * "Edit this translation" and "Report a problem" for each pair of a skill whose place in the
 * source is known, in the interface language `ui`; nothing without a repository, or for a pair
 * with no place (code every language shares). The report names the pair's anchor, its identity
 * on every view (model/pair-places.ts), found by its place.
 * @example
 * pairLinks(model, 'zh', siteRepository())(block.text)
 * // => [<span class="edit-links"><a href="https://github.com/acme/skills/blob/main/…#L42">编辑此译文</a>…</span>]
 */
export function pairLinks(
	skill: SkillModel,
	ui: LanguageKey,
	repository: SourceRepository | undefined
): PairLinks {
	const file = skill.file;
	if (!repository || !file) return () => [];
	const say = t(ui);
	return (pair) => {
		const translation = languageKeys[1];
		const at = pair[translation].at;
		if (!at) return [];
		const anchor = skill.anchorsAt.get(at) ?? '_top';
		const section = anchor.split('.')[0]!;
		const edit = editAddress(repository, file, at.texts[translation]?.line ?? at.line);
		const texts = languageKeys.flatMap((key) => [
			`**${languages[key].label}**`,
			'',
			...excerpt(pair[key])
				.split('\n')
				.map((line) => `> ${line}`),
			'',
		]);
		const body = [
			fill(say('edit.reportSkill'), { skill: skill.name }),
			fill(say('edit.reportSection'), { section, anchor }),
			fill(say('edit.reportSource'), { source: edit }),
			'',
			...texts,
			fill(say('edit.reportCommit'), { commit: repository.commit ?? '—' }),
		].join('\n');
		const title = fill(say('edit.reportTitle'), { skill: skill.name, section });
		return [
			h(`span.${names.editLinks}`, { [data.noSearch]: 'all' }, [
				h('a', { href: edit }, say('edit.edit')),
				h('a', { href: issueAddress(repository, title, body) }, say('edit.report')),
			]),
		];
	};
}
