/**
 * The route that writes each catalog's texts in the other language (catalog-texts.ts), read by
 * the filter when it is first used: the catalog's HTML stays the size it was.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageKeys, type LanguageKey } from '../../i18n/languages';
import { library } from '../../library';
import { catalogTexts } from './catalog-texts';

/** @example getStaticPaths() // => [{ params: { lang: 'en' } }, { params: { lang: 'zh' } }] */
export const getStaticPaths = (() =>
	languageKeys.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** @example await GET(context) // => the JSON of catalogTexts(library, context.params.lang) */
export const GET: APIRoute = async ({ params }) =>
	Response.json(catalogTexts((await library()).skills, params.lang as LanguageKey));
