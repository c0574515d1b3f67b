import type { LangBlock } from './blocks';
import type { LangSection } from './document';
import { alignByContent } from './align/sequence';
import { blockText } from './align/block-similarity';
import { textSimilarity } from './align/similarity';
import type { Pairing } from './align/pairing';
import { pairBlocks, translationOnlyBlock } from './pair-blocks';
import { sectionIds } from './section-ids';
import type { SourceSection } from './source-shape';

const threshold = 0.35;

const flatten = (sections: LangSection[]): LangSection[] =>
	sections.flatMap((section) => [section, ...flatten(section.sections)]);

/** The share of two kind sequences in common order (longest common subsequence). */
function kindFit(a: LangBlock[], b: LangBlock[]): number {
	const row = new Array<number>(b.length + 1).fill(0);
	for (const block of a) {
		let diagonal = 0;
		b.forEach((other, j) => {
			const above = row[j + 1]!;
			row[j + 1] = block.kind === other.kind ? diagonal + 1 : Math.max(above, row[j]!);
			diagonal = above;
		});
	}
	return row[b.length]! / Math.max(a.length, b.length, 1);
}

const bodyText = (blocks: LangBlock[]) => blocks.map(blockText).join('\n').slice(0, 4000);

/**
 * How alike a section of the original and one of the translation are, from 0 to 1: the level of
 * their headings, the headings' text, and what their bodies hold (kinds in order, shared tokens).
 * @example
 * sectionSimilarity(section('## Usage', '`npm test`'), section('## 用法', '`npm test`')) // => high
 */
export function sectionSimilarity(a: LangSection, b: LangSection): number {
	const heading = textSimilarity(a.heading, b.heading);
	const body =
		a.body.length === 0 && b.body.length === 0
			? 0.6
			: 0.5 * kindFit(a.body, b.body) + 0.5 * textSimilarity(bodyText(a.body), bodyText(b.body));
	return 0.2 * Number(a.level === b.level) + 0.3 * heading + 0.5 * body;
}

/**
 * Pairs the sections of an original with those of its translation: both outlines are read in
 * order, heading by heading, and aligned as sequences, so that a section the translation added
 * or left out leaves the others paired. The blocks of paired sections are paired in turn.
 * @example
 * pairSections(english.sections, chinese.sections, pairing) // => SourceSection[]
 */
export function pairSections(
	source: LangSection[],
	target: LangSection[],
	pairing: Pairing
): SourceSection[] {
	const flatSource = flatten(source);
	const flatTarget = flatten(target);
	const match = new Map<LangSection, LangSection>();
	const steps = alignByContent(flatSource, flatTarget, sectionSimilarity, {
		position: 0.15,
		threshold,
	});
	for (const { a, b } of steps) {
		if (a !== undefined && b !== undefined) match.set(flatSource[a]!, flatTarget[b]!);
		else if (b !== undefined) {
			const alone = flatTarget[b]!;
			pairing.translationOnly('heading', { text: alone.heading, line: alone.line });
			alone.body.forEach((block) => translationOnlyBlock(block, pairing));
		}
	}
	const idFor = sectionIds();
	const build = (section: LangSection, depth: number): SourceSection => {
		const other = match.get(section);
		const id = idFor(section.heading);
		const heading = pairing.pair(
			'heading',
			{ text: section.heading, line: section.line },
			other && { text: other.heading, line: other.line }
		);
		const body = pairBlocks(section.body, other?.body ?? [], pairing);
		const sections = section.sections.map((inner) => build(inner, depth + 1));
		return {
			heading,
			...(id ? { id } : {}),
			...(section.level === depth ? {} : { level: section.level }),
			...(body.length > 0 ? { body } : {}),
			...(sections.length > 0 ? { sections } : {}),
		};
	};
	return source.map((section) => build(section, 2));
}
