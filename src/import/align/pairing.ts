import { languageKeys, languages, otherLanguage } from '../../i18n/languages';
import type { SourcePair } from '../source-shape';
import { drawsNothing, showsNothing } from '../../schema/shows-nothing';
import { Evidence } from './evidence';
import { excerpt, newTally, type Tally } from './tally';

/** A text and the line it starts on. */
export interface Located {
	text: string;
	line: number;
}

/** The original's language, and the translation's. */
export const original = languageKeys[0];
export const translation = otherLanguage(original);

/**
 * Makes the pairs of one skill and counts them: each text paired, each text in one language
 * only. A text found only in the original keeps the translation it had in the previous source,
 * when there is one for exactly that text (a re-import keeps the work already done).
 * @example
 * const pairing = new Pairing({ original: 'SKILL.md', translation: 'SKILL.zh-CN.md' }, new Map());
 * pairing.pair('paragraph', { text: 'Hi', line: 3 }, { text: '你好', line: 3 }) // => { en: 'Hi', zh: '你好' }
 */
export class Pairing {
	readonly tally: Tally = newTally();
	/** How many texts kept their translation from the previous source. */
	kept = 0;
	/** What says how alike two texts are, each text analysed once for the import. */
	readonly evidence = new Evidence();
	/** Whether the translation has the original's shape text for text (mirror.ts): its texts'
	 * places are then evidence for every pair the dictionary does not speak against. */
	mirrored = false;

	readonly files: { original: string; translation?: string | undefined };
	readonly #previous: ReadonlyMap<string, string>;

	// Plain fields, not parameter properties: scripts run this file with Node's type stripping.
	constructor(
		files: { original: string; translation?: string | undefined },
		previous: ReadonlyMap<string, string>
	) {
		this.files = files;
		this.#previous = previous;
	}

	/**
	 * The pair of an original text and its translation, or of the original alone. `unsure` is the
	 * translation it was not paired with, the evidence being unsure: reported with it, not as a
	 * text of the original alone. `raw`: code or HTML, not Markdown.
	 */
	pair(
		what: string,
		source: Located,
		target?: Located,
		unsure?: Located,
		{ raw = false } = {}
	): SourcePair {
		const given = target?.text ?? this.#previous.get(source.text);
		// A translation of characters that draw nothing (a zero-width space) would stand beside its
		// original as a blank: it is none, and the source would refuse it. Code and HTML are read
		// as the characters they are, not as Markdown.
		const blank = raw ? drawsNothing : showsNothing;
		const found = given !== undefined && blank(given) ? undefined : given;
		if (found !== undefined) {
			this.tally.paired++;
			if (!target) this.kept++;
			return { [original]: source.text, [translation]: found };
		}
		if (unsure) this.unsure(what, source, unsure);
		else this.originalOnly(what, source);
		return { [original]: source.text, untranslated: translation };
	}

	/** Counts a text of the original that has no translation. */
	originalOnly(what: string, source: Located): void {
		this.tally.originalOnly.push({
			what,
			at: `${this.files.original}:${source.line}`,
			excerpt: excerpt(source.text),
		});
	}

	/** Counts a text of the translation that has no original: listed, never published. */
	translationOnly(what: string, target: Located): void {
		this.tally.translationOnly.push({
			what,
			at: `${this.files.translation}:${target.line}`,
			excerpt: excerpt(target.text),
		});
	}

	/** Records a pair the evidence was not sure of: neither text is published as the other's. */
	unsure(what: string, source: Located, target: Located): void {
		this.tally.unsure.push({
			what,
			original: {
				what,
				at: `${this.files.original}:${source.line}`,
				excerpt: excerpt(source.text),
			},
			translation: {
				what,
				at: `${this.files.translation}:${target.line}`,
				excerpt: excerpt(target.text),
			},
		});
	}

	/**
	 * Records what the translation's block says otherwise of a field the format holds once for
	 * both languages; the original's value is kept, and the report says so.
	 * @example
	 * pairing.differs('callout', 12, 'type', 'note', 'warning')
	 * // tally.differs: [{ what: 'callout', at: 'SKILL.zh-CN.md:12', excerpt: 'type: Chinese warning, English note (kept)' }]
	 */
	differs(what: string, line: number, field: string, kept: string, other: string): void {
		this.tally.differs.push({
			what,
			at: `${this.files.translation}:${line}`,
			excerpt: `${field}: ${languages[translation].name} ${other}, ${languages[original].name} ${kept} (kept)`,
		});
	}

	/** Counts a block kept as raw Markdown. */
	raw(source: Located): void {
		this.tally.raw.push({
			what: 'raw Markdown',
			at: `${this.files.original}:${source.line}`,
			excerpt: excerpt(source.text),
		});
	}
}
