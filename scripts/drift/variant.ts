/**
 * A translation being changed, line by line, with the origin of every line kept: so that after
 * the changed file is parsed again, each of its units is known to be a unit of the base (and so
 * the translation of a known English unit), a piece or a merge of base units, or a stranger.
 */
import { units, type Unit } from '../truth/units.ts';

interface Line {
	text: string;
	/** Its line in the base text; none for a line a change wrote. */
	from?: number;
	/** The base units a unit that starts on this line is made of, where a change rewrote it. */
	ids?: number[];
}

/** A unit of a variant and the base units it comes from (none for an inserted one). */
export interface Traced extends Unit {
	origins: number[];
}

/**
 * The lines of a base text, to cut, move and insert by the base's line numbers.
 * @example
 * const variant = new Variant('a\n\nb'); variant.remove(3, 3); variant.text() // => 'a\n'
 */
export class Variant {
	lines: Line[];
	/** Base units taken out, and base units cut in two: what tracing must find. */
	readonly deleted = new Set<number>();
	readonly split = new Set<number>();
	inserted = 0;

	constructor(text: string) {
		this.lines = text.split('\n').map((line, index) => ({ text: line, from: index + 1 }));
	}

	/** Where a base line is now (the end of the text for none). */
	at(from: number | undefined): number {
		if (from === undefined) return this.lines.length;
		const index = this.lines.findIndex((line) => line.from === from);
		if (index < 0) throw new Error(`line ${from} of the base is not in the variant any more`);
		return index;
	}

	/** Takes out the base lines `first` to `last`, and returns them. */
	remove(first: number, last: number): Line[] {
		const start = this.at(first);
		const end = this.at(last);
		return this.lines.splice(start, end - start + 1);
	}

	/** Puts lines before a base line (at the end for none). */
	insert(before: number | undefined, lines: Line[]): void {
		this.lines.splice(this.at(before), 0, ...lines);
	}

	text(): string {
		return this.lines.map((line) => line.text).join('\n');
	}

	/**
	 * The variant's units, each with the base units it comes from, or undefined when the change
	 * did not come out as meant: a unit of the base changed its text or went missing, an insert
	 * merged with its neighbour, a unit came out twice.
	 */
	trace(base: Unit[]): Traced[] | undefined {
		const byLine = new Map(base.map((unit, index) => [`${unit.kind}:${unit.line}`, index]));
		const seen = new Map<number, number>();
		const traced: Traced[] = [];
		let strangers = 0;
		for (const unit of units(this.text(), 'SKILL.zh-CN.md')) {
			const line = this.lines[unit.line - 1]!;
			const id = line.from === undefined ? undefined : byLine.get(`${unit.kind}:${line.from}`);
			const origins = line.ids ?? (id === undefined ? [] : [id]);
			if (line.ids === undefined && line.from !== undefined && id === undefined) return undefined;
			if (id !== undefined && line.ids === undefined && base[id]!.text !== unit.text)
				return undefined;
			if (origins.length === 0) strangers++;
			for (const origin of origins) seen.set(origin, (seen.get(origin) ?? 0) + 1);
			traced.push({ ...unit, origins });
		}
		const intact = base.every((_, id) =>
			this.deleted.has(id) ? !seen.has(id) : seen.get(id) === (this.split.has(id) ? 2 : 1)
		);
		return intact && strangers === this.inserted ? traced : undefined;
	}
}
