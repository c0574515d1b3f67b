import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { languageKeys, roleOf, type LanguageKey } from '../i18n/languages';
import { rule } from './rule';

/** The languages a pair is translated into: every one but the original. */
export const translationKeys = languageKeys.filter((key) => roleOf(key) === 'translation');

/** The key that records what a translation was made from: `zhOf` beside `zh`. */
export type FingerprintKey = `${LanguageKey}Of`;

/**
 * The key beside a translation that holds the fingerprint of the original it was made from.
 * @example
 * fingerprintKey('zh') // => 'zhOf'
 */
export function fingerprintKey(key: LanguageKey): FingerprintKey {
	return `${key}Of`;
}

/** The key that records a person's review of a translation the checks flag: `zhReviewed`. */
export type ReviewKey = `${LanguageKey}Reviewed`;

/**
 * The key beside a translation that holds the fingerprint of the pair a person reviewed: while
 * neither text changes, the checks' findings on it are taken as seen (checks/pair-check.ts).
 * @example
 * reviewKey('zh') // => 'zhReviewed'
 */
export function reviewKey(key: LanguageKey): ReviewKey {
	return `${key}Reviewed`;
}

/**
 * The fingerprint of an original and its translation together: it changes when either does.
 * @example
 * pairFingerprint('Always run the tests', '始终运行测试') // => 8 hex digits
 */
export function pairFingerprint(original: string, translation: string): string {
	return fingerprint(`${original.trim()}\u0000${translation.trim()}`);
}

/** The key that marks a pair's translations as made by a machine and not yet reviewed. */
export const machineKey = 'machine' as const;

/**
 * The fingerprint of an original text: 8 hex digits of its SHA-256. Runs of whitespace count as
 * one space, so re-wrapping a long line in the source does not make its translations outdated.
 * @example
 * fingerprint('Use `kubectl`  carefully') // => '3f0c…' (8 hex digits), the same as for 'Use `kubectl` carefully'
 */
export function fingerprint(original: string): string {
	const text = original.trim().replace(/\s+/g, ' ');
	return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** A fingerprint as the source holds it. The tools write it; a reader should not have to. */
export const fingerprintSchema = z
	.string()
	.superRefine(
		rule(
			(value) => /^[0-9a-f]{8}$/.test(value),
			'is not a fingerprint (8 hex digits)',
			'Remove the line: `npm run translations -- --accept <skill>` writes it again once the translation is reviewed.'
		)
	);
