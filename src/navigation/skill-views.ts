import { languageKeys, languages, type LanguageKey } from '../i18n/languages';
import { t } from '../i18n/ui';
import { skillPath } from './paths';
import type { SkillView } from './skill-route';

/** A link to one way of reading a skill. */
export interface ViewLink {
	href: string;
	label: string;
	/** The language of a language's page: its name is in it. */
	lang: string | undefined;
	/** The language a click chooses, remembered as the reader's (LanguageSelect.astro). */
	choice: LanguageKey | undefined;
	current: boolean;
}

/**
 * The ways to read a skill, each language's page and all side by side, the one open current:
 * what the views switch over the title and the sidebar's top both show.
 * @example
 * skillViews('mlops-engineer', 'zh', '/', 'page').map((v) => v.label) // => ['English', '简体中文', '中英对照']
 */
export function skillViews(
	name: string,
	key: LanguageKey,
	base: string,
	view: SkillView
): ViewLink[] {
	return [
		...languageKeys.map((side) => ({
			href: skillPath(name, side, base),
			label: languages[side].label,
			lang: languages[side].lang,
			choice: side,
			current: view === 'page' && side === key,
		})),
		{
			href: skillPath(name, key, base, 'compare'),
			label: t(key)('compare.title'),
			lang: undefined,
			choice: undefined,
			current: view === 'compare',
		},
	];
}
